// Two shell children: each 'close' needs its own exit and both of its pipes' closes.
const { exec } = require('child_process');
const order = [];
for (const word of ['one', 'two']) {
  exec(`echo ${word}`, (err, stdout) => {
    order.push(stdout.trim());
    if (order.length === 2) console.log('both done:', order.sort().join(' '));
  });
}
process.on('exit', () => console.log('process exit'));
