// Assigning to an expression: "Invalid left-hand side in assignment" (an early SyntaxError).
console.log('never printed');
let a = 1;
a + 1 = 2;
