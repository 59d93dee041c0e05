// clearImmediate of a sibling from within the same check phase.
const a = setImmediate(() => {
  console.log('a');
  clearImmediate(c);
  setImmediate(() => console.log('d (next loop)'));
});
const b = setImmediate(() => console.log('b'));
const c = setImmediate(() => console.log('c'));
process.nextTick(() => console.log('tick'));
