// refresh() restarts the timer's countdown: the 50ms timer refreshed at 30ms fires at about 80ms, after the 65ms one.
const a = setTimeout(() => console.log('a (refreshed)'), 50);
setTimeout(() => {
  console.log('refresh a, returns a:', a.refresh() === a);
}, 30);
setTimeout(() => console.log('c at 65ms'), 65);
