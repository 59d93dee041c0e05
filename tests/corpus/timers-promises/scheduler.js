// scheduler.wait(ms) and scheduler.yield(), and the Scheduler class's guards.
const { scheduler } = require('timers/promises');
console.log(Object.getPrototypeOf(scheduler).constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)));
(async () => {
  const start = Date.now();
  console.log(await scheduler.wait(25), Date.now() - start >= 25);
  setImmediate(() => console.log('immediate before the yield resumes'));
  console.log(await scheduler.yield());
  console.log('after yield');
})();
try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.code, e.message); }
try { scheduler.yield.call(null); } catch (e) { console.log(e.code, e.message); }
try { new scheduler.constructor(); } catch (e) { console.log(e.code, e.message); }
