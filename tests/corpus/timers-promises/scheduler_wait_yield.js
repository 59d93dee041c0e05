const { scheduler } = require('timers/promises');
(async () => {
  console.log('start');
  setTimeout(() => console.log('cb timeout 0'), 0);
  await scheduler.yield();
  console.log('after yield');
  await scheduler.wait(2);
  console.log('after wait');
  try { await scheduler.wait('x'); } catch (e) { console.log(e.code, e.message); }
})();
