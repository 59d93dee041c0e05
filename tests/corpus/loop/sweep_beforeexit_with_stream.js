const { Readable } = require('stream');
let rounds = 0;
process.on('beforeExit', () => {
  if (rounds++ < 2) {
    console.log('beforeExit', rounds);
    Readable.from(['r' + rounds]).on('data', (d) => console.log('data', d));
  }
});
process.on('exit', () => console.log('exit'));
