setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
