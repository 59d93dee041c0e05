// A BigInt literal with a fraction.
const n = 1.5n;
