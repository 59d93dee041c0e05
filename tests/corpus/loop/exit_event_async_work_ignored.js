// On a natural exit, timers and nextTicks queued inside an 'exit' listener never run,
// but promise callbacks still do (node runs a microtask checkpoint after emitting 'exit').
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  setTimeout(() => console.log('timer from exit (never)'), 0);
  process.nextTick(() => console.log('nextTick from exit (never)'));
  Promise.resolve().then(() => console.log('promise from exit (runs)'));
});
console.log('main done');
