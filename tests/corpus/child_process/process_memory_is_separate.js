// A child process has its own memory: the parent's globals are not there.
const { fork } = require('child_process');
globalThis.shared = 'set by the parent';
const child = fork('./_child_global.js');
child.on('message', (m) => {
  console.log('child sees', m);
  console.log('parent sees', globalThis.shared);
});
