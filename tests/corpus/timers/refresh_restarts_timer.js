// refresh() restarts the timer's countdown: the 100ms timer refreshed at 60ms fires at about 160ms, after the 130ms one.
const a = setTimeout(() => console.log('a (refreshed)'), 100);
setTimeout(() => {
  console.log('refresh a, returns a:', a.refresh() === a);
}, 60);
setTimeout(() => console.log('c at 130ms'), 130);
