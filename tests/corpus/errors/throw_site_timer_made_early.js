// An error made early, thrown later from a timer.
const early = new Error('made early');
setTimeout(() => {
  console.log('timer');
  throw early;
}, 1);
