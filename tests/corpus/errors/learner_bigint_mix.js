const big = 10n;
const result = big * 2;
