// fs requests are FSREQCALLBACK resources: readFile is open, fstat, read and close, each its own.
const fs = require('fs');
const ah = require('async_hooks');
ah.createHook({
  init(id, type, trigger) { fs.writeSync(1, `init ${type} ${id} ${trigger}\n`); },
  before(id) { fs.writeSync(1, `before ${id}\n`); },
  after(id) { fs.writeSync(1, `after ${id}\n`); },
}).enable();
fs.readFile(__filename, () => { fs.writeSync(1, `readFile cb ${ah.executionAsyncId()} ${ah.triggerAsyncId()}\n`); });
