const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('readFile');
  setImmediate(() => {
    console.log('imm');
    Promise.resolve().then(() => {
      console.log('then in imm');
      process.nextTick(() => console.log('tick in then'));
      Promise.resolve().then(() => console.log('then in then'));
    });
    process.nextTick(() => console.log('tick in imm'));
  });
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('tick in readFile'));
});
console.log('sync');
