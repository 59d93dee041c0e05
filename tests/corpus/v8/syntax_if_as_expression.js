// `if` where an expression should be.
const x = if (1) 2;
