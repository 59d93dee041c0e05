// fork() starts a node child with an IPC channel: send and 'message' both ways.
const { fork } = require('child_process');
const child = fork('./_child_ipc.js');
child.on('message', (m) => {
  console.log('parent got', m);
  if (m === 'ready') child.send({ n: 1 });
  else if (m.reply === 2) child.send({ n: 2 });
});
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
console.log('connected:', child.connected);
