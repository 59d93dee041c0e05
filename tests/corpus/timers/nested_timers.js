// A timer created inside a timer callback runs after the timers that were already due.
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => console.log('inner (from outer 1)'), 0);
}, 0);
setTimeout(() => console.log('outer 2'), 0);
