// A let declared twice: "Identifier 'x' has already been declared".
let x = 1;
console.log(x);
let x = 2;
