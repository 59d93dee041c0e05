// A template literal where an operator is expected: "Unexpected template string".
const name = 'x';
const s = name `a`b`;
