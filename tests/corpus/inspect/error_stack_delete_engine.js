// V8 gives every error an own `stack`; Error.prototype has none, so after `delete err.stack`
// the error has no stack at all, whether a constructor or the engine made it.
try {
  null.x;
} catch (e) {
  console.log('stack' in e, Object.getOwnPropertyNames(e));
  delete e.stack;
  console.log('stack' in e, e.stack);
  console.log(e);
}
const made = new RangeError('made');
delete made.stack;
console.log('stack' in made, made);
console.log('stack' in Error.prototype, Object.hasOwn(Error.prototype, 'stack'));

Promise.reject(1)
  .catch(() => undefined.y)
  .catch((e) => {
    console.log(Object.keys(e), e.stack.split('\n')[0]);
    delete e.stack;
    console.log('stack' in e, [e]);
  });

Promise.allSettled([(async () => null.z)()]).then((results) => {
  const { reason } = results[0];
  console.log(Object.getOwnPropertyNames(reason), reason.stack.split('\n')[0]);
});

process.on('uncaughtException', (e) => {
  console.log('uncaught', e.stack.split('\n')[0], Object.getOwnPropertyNames(e));
  delete e.stack;
  console.log('stack' in e, { e });
});
setTimeout(() => {
  let a;
  a.b;
});
