// A Timeout's `_idlePrev`/`_idleNext` link it into its duration's TimersList (Node's
// linkedlist): inspect shows `[TimersList]` and `[Timeout]`, the list one level deep. The
// start time and expiry depend on the process's start, so they are blanked.
const util = require('util');
const blank = (text) => text.replace(/(_idleStart|expiry): \d+/g, '$1: N');
const a = setTimeout(() => {}, 1000);
console.log(blank(util.inspect(a)));
const b = setTimeout(() => {}, 1000);
const c = setTimeout(() => {}, 10);
console.log(blank(util.inspect(b)));
const list100 = a._idleNext;
const list50 = c._idleNext;
console.log(blank(util.inspect(list100)));
console.log(blank(util.inspect(list50)));
console.log(list100.constructor.name, list100 === b._idlePrev, a._idlePrev === b, b._idleNext === a);
console.log(list100._idleNext === b, list100._idlePrev === a, list100.msecs, list50.msecs);
console.log(list100.id < list50.id, list100.priorityQueuePosition, list50.priorityQueuePosition);
console.log(Object.keys(list100));
clearTimeout(a);
console.log(a._idlePrev, a._idleNext, b._idleNext === list100, list100._idlePrev === b);
clearTimeout(b);
console.log(list100._idleNext === list100, list50.priorityQueuePosition);
console.log(blank(util.inspect(b)));
let ticks = 0;
const i = setInterval(() => {
  ticks++;
  console.log('interval running, unlinked', i._idleNext, i._idlePrev);
  if (ticks < 2) {
    setImmediate(() => console.log('linked again after', i._idleNext.constructor.name, i._idleNext.msecs));
    return;
  }
  clearInterval(i);
  clearTimeout(c);
  const d = setTimeout(() => {
    console.log('inside its callback', d._idleNext, d._idlePrev);
  }, 5);
}, 10);
console.log(util.inspect(i, { depth: 5 }).includes('[TimersList]'));
