// Before Node 11, all due timers ran as a batch and the microtasks waited for the end of
// the batch. Since Node 11, the microtasks of each timer run right after it.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('promise from timer 2'));
}, 0);
