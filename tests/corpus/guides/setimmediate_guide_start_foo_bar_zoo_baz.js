// "Understanding setImmediate()" guide (CommonJS): nextTick queue, then promise jobs, then a nextTick queued by a promise job, then the immediate.
const baz = () => console.log('baz');
const foo = () => console.log('foo');
const zoo = () => console.log('zoo');

const start = () => {
  console.log('start');
  setImmediate(baz);
  new Promise((resolve, reject) => {
    resolve('bar');
  }).then(resolve => {
    console.log(resolve);
    process.nextTick(zoo);
  });
  process.nextTick(foo);
};

start();
// The guide says: start foo bar zoo baz
