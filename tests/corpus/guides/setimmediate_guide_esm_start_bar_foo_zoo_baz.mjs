// "Understanding setImmediate()" guide, ES module version: the module body runs inside a promise job, so 'bar' comes before 'foo'.
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
// The guide says: start bar foo zoo baz
