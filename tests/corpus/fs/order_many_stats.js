// Six stats at once on a pool of four threads: all complete, each in a poll phase of its own loop
// iteration or several together (the order between neighbours is a race, so it is not printed).
const fs = require('fs');
const done = [];
for (let i = 1; i <= 6; i++) {
  fs.stat('fixtures/hello.txt', (err, st) => {
    done.push(i);
    if (done.length === 6) console.log('all done:', done.sort().join(','), st.size);
  });
}
console.log('six requests submitted');
