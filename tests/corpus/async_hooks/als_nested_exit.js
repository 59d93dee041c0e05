// Nested run, exit, and stores that are not objects.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run(1, () => {
  console.log('outer', als.getStore());
  als.run(2, () => {
    console.log('inner', als.getStore());
    setTimeout(() => console.log('inner timeout', als.getStore()), 1);
    als.exit(() => {
      console.log('exit', als.getStore());
      setTimeout(() => console.log('timeout made in exit', als.getStore()), 2);
    });
    console.log('back from exit', als.getStore());
  });
  console.log('outer again', als.getStore());
  const r = als.run(3, (a, b) => a + b, 4, 5);
  console.log('run returns', r);
});
console.log('top', als.getStore());
try {
  als.run(7, () => { throw new Error('boom'); });
} catch (e) {
  console.log('caught', e.message, als.getStore());
}
