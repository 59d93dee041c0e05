// An uncaught property read in a timer callback.
setTimeout(() => {
  const res = null;
  console.log(res.status);
}, 0);
console.log('scheduled');
