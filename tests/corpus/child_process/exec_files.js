// The shell's commands see the same files as the program: ls, cat, wc, pipes.
const { exec } = require('child_process');
exec('ls fixtures', (err, stdout) => {
  console.log('ls:', JSON.stringify(stdout));
  exec('cat fixtures/letters.txt | wc -l', (err, stdout) => {
    console.log('lines:', stdout.trim());
    exec('wc fixtures/words.txt', (err, stdout) => {
      console.log('wc:', JSON.stringify(stdout));
      exec('cat fixtures/nope.txt', (err, stdout, stderr) => console.log(err.code, JSON.stringify(stderr)));
    });
  });
});
