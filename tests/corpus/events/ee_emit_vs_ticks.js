// emit is synchronous; listeners that defer work go through nextTick / promises / immediates.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('evt', () => {
  console.log('listener 1');
  process.nextTick(() => console.log('tick from listener 1'));
  Promise.resolve().then(() => console.log('promise from listener 1'));
});
e.on('evt', () => {
  console.log('listener 2');
  setImmediate(() => console.log('immediate from listener 2'));
});
console.log('start');
e.emit('evt');
setTimeout(() => { console.log('timeout'); e.emit('evt'); }, 0);
console.log('end');
