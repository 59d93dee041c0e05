// A function declared first reads a `let` that is declared further down.
function greet() {
  return `Hello, ${userName}`;
}

try {
  console.log(greet());
} catch (err) {
  console.log(err.name + ': ' + err.message);
}

let userName = 'Ada';
console.log(greet());
