// A `*` where an expression should start.
const a = * 2;
