// When the first argument is not a string everything is inspected.
console.log(1, '%s', 'x');
console.log({ a: 1 }, 'text', ['arr']);
