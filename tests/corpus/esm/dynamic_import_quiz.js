// "What does this print?": import() of a file against the loop's phases.
console.log('start');
import('./_dep_logs.mjs').then((m) => {
  console.log('loaded', m.x);
  process.nextTick(() => console.log('tick after load'));
  setImmediate(() => console.log('immediate after load'));
});
import('node:os').then(() => console.log('builtin loaded'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('end');
