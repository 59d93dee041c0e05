const fs = require('fs');
const f = 'sweep_three_ways.tmp';
fs.writeFileSync(f, 'hello');
fs.readFile(f, 'utf8', (e, d) => console.log('cb', d));
fs.promises.readFile(f, 'utf8').then((d) => console.log('promise', d));
console.log('sync', fs.readFileSync(f, 'utf8'));
setImmediate(() => console.log('imm'));
process.on('exit', () => fs.unlinkSync(f));
