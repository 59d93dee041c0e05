// A number where an operator is expected: "Unexpected number".
const n = 1 2;
