// Errors given to fs.open/close/fstat/read/write callbacks come from the thread pool: no frames,
// so console.log shows them in brackets.
const fs = require('fs');
fs.open('nope.txt', (e) => {
  console.log(e);
  fs.open('.', 'w', (e) => {
    console.log(e);
    fs.close(999, (e) => {
      console.log(e);
      fs.fstat(998, (e) => {
        console.log(e);
        fs.read(997, Buffer.alloc(2), 0, 2, 0, (e) => {
          console.log(e);
          fs.write(996, 'x', (e) => console.log(e.stack));
        });
      });
    });
  });
});
