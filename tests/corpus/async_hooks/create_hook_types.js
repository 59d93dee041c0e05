// createHook: init with Node's type names, before/after around each callback, destroy later.
const fs = require('fs');
const async_hooks = require('async_hooks');
const types = new Map();
const hook = async_hooks.createHook({
  init(id, type, trigger) {
    if (type === 'PROMISE') return;
    types.set(id, type);
    fs.writeSync(1, `init ${type} triggered by ${trigger === 1 ? 'main' : types.get(trigger)}\n`);
  },
  before(id) { if (types.has(id)) fs.writeSync(1, `before ${types.get(id)}\n`); },
  after(id) { if (types.has(id)) fs.writeSync(1, `after ${types.get(id)}\n`); },
  destroy(id) { if (types.has(id)) fs.writeSync(1, `destroy ${types.get(id)}\n`); },
});
hook.enable();
setTimeout(() => {
  fs.writeSync(1, 'timeout callback\n');
  setImmediate(() => {
    fs.writeSync(1, 'immediate callback\n');
    hook.disable();
    setTimeout(() => fs.writeSync(1, 'not hooked\n'), 1);
  });
}, 1);
process.nextTick(() => fs.writeSync(1, 'tick callback\n'));
queueMicrotask(() => fs.writeSync(1, 'microtask callback\n'));
