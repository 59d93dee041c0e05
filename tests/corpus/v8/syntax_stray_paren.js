// A closing parenthesis with no opening one.
const n = (1 + 2));
console.log(n);
