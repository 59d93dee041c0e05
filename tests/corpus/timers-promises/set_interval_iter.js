// setInterval from timers/promises is an async iterator; break stops the interval.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  const start = Date.now();
  for await (const v of every(20, 'tick')) {
    n++;
    console.log(v, n);
    if (n === 3) break;
  }
  console.log('elapsed at least 60ms:', Date.now() - start >= 60);
})();
