// Incrementing a literal: "Invalid left-hand side expression in prefix operation".
let n = 1;
++5;
