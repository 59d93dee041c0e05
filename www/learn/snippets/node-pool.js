// Five reads at once: libuv's thread pool (4 threads by default) works on them while the
// one JavaScript thread goes on; each callback then runs on that one thread, in turn.
const fs = require('fs');

let done = 0;
for (let i = 1; i <= 5; i++) {
  fs.readFile('file.txt', () => {
    done += 1;
    if (done === 5) console.log('all five callbacks ran, one after the other');
  });
}
console.log('all five reads started, none finished yet');
