// Stack overflow caught inside a timer callback; the loop goes on afterwards.
function recurse() { return recurse() + 1; }
setTimeout(() => {
  try { recurse(); } catch (e) { console.log('timer caught', e instanceof RangeError); }
  setImmediate(() => console.log('loop continues'));
}, 0);
