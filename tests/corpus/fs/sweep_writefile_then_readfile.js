const fs = require('fs');
const f = 'sweep_write_read.tmp';
fs.writeFile(f, 'data1', (err) => {
  console.log('written', err);
  fs.readFile(f, 'utf8', (e, d) => { console.log('read', d); fs.unlinkSync(f); });
  setImmediate(() => console.log('imm in write cb'));
  process.nextTick(() => console.log('tick in write cb'));
});
setImmediate(() => console.log('imm main'));
