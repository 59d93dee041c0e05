// Which function of Node's loop drained the nextTick and microtask queues shows in the
// frames under a tick or a microtask: a callback's scope closing (a native checkpoint when
// no tick is queued, else processTicksAndRejections), or runNextTicks between two timers of
// one list or two immediates. The console's own write queues a tick too. Each stage starts
// the next, so no two timer lists ever fall due together.
const fs = require('fs');
const say = (text) => fs.writeSync(1, `${text}\n`);
const nodeFrames = (label) => {
  const frames = new Error(label).stack.split('\n').slice(1)
    .filter((line) => line.includes('node:'))
    .map((line) => line.trim());
  say(`${label}: ${frames.length === 0 ? '(no loop frame)' : frames.join(' <- ')}`);
};

// The first timer a process makes can start a millisecond before the next ones: a timer of
// its own (unref'd, it never fires) keeps that race away from the pairs below.
setTimeout(() => {}, 1000).unref();

Promise.resolve().then(() => nodeFrames('then after main (no tick queued)'));
setTimeout(() => {
  process.nextTick(() => nodeFrames('tick in timer 1 of 2'));
  Promise.resolve().then(() => nodeFrames('then in timer 1 of 2'));
}, 1);
setTimeout(() => {
  Promise.resolve().then(() => nodeFrames('then in timer 2 of 2'));
  setImmediate(() => {
    queueMicrotask(() => nodeFrames('queueMicrotask in immediate 1 of 2'));
  });
  setImmediate(() => {
    process.nextTick((arg) => nodeFrames(`tick with ${arg} in immediate 2 of 2`), 'an argument');
    Promise.resolve().then(() => nodeFrames('then in immediate 2 of 2, after a tick'));
    setTimeout(logged, 1);
  });
}, 1);

function logged() {
  console.log('a console.log queues a tick of its own');
  Promise.resolve().then(() => nodeFrames('then in a timer that logged'));
  setTimeout(awaiting, 1);
}

function awaiting() {
  (async () => {
    await null;
    nodeFrames('async function after await');
    Promise.reject(new Error('handled')).catch(() => {});
    await null;
    nodeFrames('after a rejection was handled');
    setTimeout(() => {
      Promise.reject(new Error('handled at once')).catch(() => {});
      Promise.resolve().then(() => nodeFrames('then in timer 1 of 2 with a rejection to warn'));
    }, 1);
    setTimeout(() => {}, 1);
  })();
}
