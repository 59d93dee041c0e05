// An unterminated string: "Invalid or unexpected token".
const greeting = 'hello;
console.log(greeting);
