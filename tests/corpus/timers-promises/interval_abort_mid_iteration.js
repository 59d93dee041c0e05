const { setInterval } = require('timers/promises');
const ac = new AbortController();
(async () => {
  try {
    for await (const t of setInterval(3, Date.now() > 0, { signal: ac.signal })) {
      console.log('tick', t);
      ac.abort('stop-reason');
    }
  } catch (e) {
    console.log(e.name, e.message, e.cause);
  }
})();
