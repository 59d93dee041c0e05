// Two underscores in a row inside a number.
const n = 1__0;
