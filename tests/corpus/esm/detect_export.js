// An export statement is module syntax too: the file runs as an ES module, in strict mode.
export const answer = 42;
console.log('answer', answer);
try {
  undeclared = 1;
} catch (err) {
  console.log(err.name, err.message);
}
