// Aborting the interval iterator ends the for-await loop with an AbortError.
const { setInterval: every } = require('timers/promises');
const ac = new AbortController();
(async () => {
  let n = 0;
  try {
    for await (const v of every(10, n, { signal: ac.signal })) {
      n++;
      console.log('tick', v, n);
      if (n === 2) ac.abort();
    }
  } catch (e) {
    console.log('caught', e.name, e.code);
  }
})();
