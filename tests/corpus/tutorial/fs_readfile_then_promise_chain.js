const fs = require('fs');
console.log('start');
fs.readFile(__filename, 'utf8', (err, data) => {
  console.log('readFile done, first line:', data.split('\n')[0]);
  Promise.resolve().then(() => console.log('promise in readFile'));
  process.nextTick(() => console.log('tick in readFile'));
  setImmediate(() => console.log('immediate in readFile'));
  setTimeout(() => console.log('timeout in readFile'), 0);
});
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('end');
