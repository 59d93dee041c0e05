// destroy hooks queued by the last callbacks run before beforeExit and exit.
const fs = require('fs');
const ah = require('async_hooks');
const types = new Map();
ah.createHook({
  init(id, type) { types.set(id, type); },
  before(id) { fs.writeSync(1, `before ${types.get(id)}\n`); },
  after(id) { fs.writeSync(1, `after ${types.get(id)}\n`); },
  destroy(id) { fs.writeSync(1, `destroy ${types.get(id)}\n`); },
}).enable();
process.on('beforeExit', () => fs.writeSync(1, 'beforeExit\n'));
process.on('exit', () => fs.writeSync(1, 'exit\n'));
setTimeout(() => { fs.writeSync(1, 'timeout\n'); }, 1);
