// An immediate can cancel a later immediate of the same batch.
let b;
setImmediate(() => {
  console.log('A clears B');
  clearImmediate(b);
});
b = setImmediate(() => console.log('B'));
setImmediate(() => console.log('C'));
