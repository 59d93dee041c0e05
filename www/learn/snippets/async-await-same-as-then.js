// The same program written with .then: both print in the same order.
async function withAwait() {
  console.log('await: before');
  await Promise.resolve();
  console.log('await: after');
}
function withThen() {
  console.log('then: before');
  return Promise.resolve().then(() => console.log('then: after'));
}
withAwait();
withThen();
console.log('sync end');
