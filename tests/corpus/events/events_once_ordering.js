// Where an awaited events.once resumes: after the emitting code, in the microtask queue.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
async function waiter() {
  console.log('waiting');
  const [v] = await once(e, 'go');
  console.log('resumed with', v);
}
waiter();
setTimeout(() => {
  console.log('timeout emits');
  e.emit('go', 'timer value');
  process.nextTick(() => console.log('tick after emit'));
  console.log('timeout done');
}, 1);
