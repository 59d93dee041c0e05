const { fork } = require('child_process');
const path = require('path');
const fs = require('fs');
const file = path.join(__dirname, '_close_fork_child.js');
const child = fork(file);
child.on('message', (m) => { console.log('message', m); });
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code) => { console.log('exit', code); setImmediate(() => console.log('immediate after exit')); });
child.on('close', (code) => console.log('close', code));
