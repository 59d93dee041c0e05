// Two 1ms timers created one after the other usually run in the same timers pass (A, B, then A's immediate),
// but each timer's start time is read from a fresh clock, so if the millisecond ticks between the two
// setTimeout calls, B is not yet due in A's pass and A's immediate runs between them. A real race.
setTimeout(() => {
  console.log('A');
  setImmediate(() => console.log('immediate created by A'));
}, 1);
setTimeout(() => console.log('B'), 1);
