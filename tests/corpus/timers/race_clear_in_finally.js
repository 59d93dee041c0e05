// Promise.race against a timeout, clearing the timer in finally.
function withTimeout(p, ms) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([p, t]).finally(() => {
    clearTimeout(timer);
    console.log('finally, timer cleared');
  });
}
const fast = new Promise((r) => setTimeout(() => r('fast'), 5));
const slow = new Promise((r) => setTimeout(() => r('slow'), 50));
withTimeout(fast, 20).then((v) => console.log('ok', v), (e) => console.log('err', e.message));
withTimeout(slow, 20).then((v) => console.log('ok', v), (e) => console.log('err', e.message));
process.on('exit', () => console.log('exit'));
