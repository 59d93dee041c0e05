// An assignment to an optional chain.
const a = {};
a?.b = 1;
