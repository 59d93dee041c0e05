// Scheduling a non-function: ERR_INVALID_ARG_TYPE whose stack starts at the scheduling
// function (the validator's frames are hidden), for each queue.
const EventEmitter = require('events');
const attempts = {
  setTimeout: () => setTimeout('console.log(1)', 10),
  setInterval: () => setInterval(null, 10),
  setImmediate: () => setImmediate(),
  nextTick: () => process.nextTick(42),
  queueMicrotask: () => queueMicrotask({}),
  once: () => new EventEmitter().once('x', 1),
  prependListener: () => new EventEmitter().prependListener('x', 1),
  removeListener: () => process.removeListener('x', 1),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(name, lines[0]);
    console.log(lines.slice(1).filter((l) => l.includes('node:') && !l.includes('node:internal/modules')).join('\n'));
  }
}
