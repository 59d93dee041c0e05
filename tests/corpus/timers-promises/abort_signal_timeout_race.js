const { setTimeout: sleep } = require('timers/promises');
(async () => {
  try {
    await sleep(50, null, { signal: AbortSignal.timeout(5) });
  } catch (e) {
    console.log(e.name, e.code, e.message);
    console.log(e.cause && e.cause.name, e.cause && e.cause.message, e.cause && e.cause.code);
  }
})();
