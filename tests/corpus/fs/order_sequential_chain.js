// Callbacks in sequence: each step starts in the previous step's poll-phase callback.
const fs = require('fs');
const dir = 'tmp_sequential_chain';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdir(dir, (err) => {
  console.log('mkdir', err);
  fs.writeFile(`${dir}/a.txt`, 'A', (err) => {
    console.log('writeFile', err);
    setImmediate(() => console.log('immediate between steps'));
    fs.readFile(`${dir}/a.txt`, 'utf8', (err, data) => {
      console.log('readFile', err, data);
      fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
    });
  });
});
