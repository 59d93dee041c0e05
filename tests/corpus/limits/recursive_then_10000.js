// Promise recursion that schedules the next step from inside a then callback, 10,000 times.
function step(n) {
  if (n === 10000) return n;
  return Promise.resolve(n + 1).then(step);
}
step(0).then((v) => console.log('reached', v));
