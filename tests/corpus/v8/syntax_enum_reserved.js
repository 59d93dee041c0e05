// `enum` is reserved everywhere.
let enum = 1;
