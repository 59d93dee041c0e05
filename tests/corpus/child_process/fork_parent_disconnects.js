// The parent disconnects: the child hears 'disconnect' and, with nothing left to do, exits.
const { fork } = require('child_process');
const child = fork('./_child_listen.js');
child.on('message', (m) => {
  console.log('parent got', m);
  child.disconnect();
  console.log('connected after disconnect():', child.connected);
});
child.on('exit', (code) => console.log('child exit', code));
