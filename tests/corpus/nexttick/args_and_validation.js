// nextTick passes extra arguments; a non-function throws at once.
process.nextTick((a, b, c) => console.log(a, b, c), 1, 'two', [3]);
try {
  process.nextTick('not a function');
} catch (err) {
  console.log(err.code);
}
