// %c consumes an argument and prints nothing.
console.log('%cstyled%c text', 'color: red', 'color: blue');
