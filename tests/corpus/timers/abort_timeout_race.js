// AbortSignal.timeout racing a setTimeout promise.
const { setTimeout: wait } = require('timers/promises');
async function attempt(ms) {
  try {
    const v = await wait(ms, 'value ' + ms, { signal: AbortSignal.timeout(20) });
    console.log('resolved', v);
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message);
  }
}
attempt(5).then(() => attempt(60)).then(() => console.log('all done'));
