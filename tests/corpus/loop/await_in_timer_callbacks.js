// Two timers of the same list whose callbacks are async: microtasks run between them.
setTimeout(async () => {
  console.log('t1 start');
  await null;
  console.log('t1 after await');
}, 1);
setTimeout(async () => {
  console.log('t2 start');
  await null;
  console.log('t2 after await');
}, 1);
