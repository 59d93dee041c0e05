const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of setInterval(10, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('loop ended');
})();
