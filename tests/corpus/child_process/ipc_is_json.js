// IPC messages are JSON: a Map arrives as {}, a Buffer as { type, data }, undefined fields vanish.
const { fork } = require('child_process');
const child = fork('./_child_mirror.js');
child.send({ map: new Map([[1, 2]]), buffer: Buffer.from('hi'), date: new Date(0), missing: undefined, list: [1, 'two'] });
child.on('message', (m) => {
  console.log(m);
  child.disconnect();
});
