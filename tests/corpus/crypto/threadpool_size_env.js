// The classic thread-pool demo: with UV_THREADPOOL_SIZE=2 set before the pool's first use,
// four equal pbkdf2 jobs run two at a time, so the last two finish after the first two.
process.env.UV_THREADPOOL_SIZE = 2;
const crypto = require('crypto');
const done = [];
for (let i = 1; i <= 4; i++) {
  crypto.pbkdf2('a', 'b', 100000, 64, 'sha512', () => {
    done.push(i);
    if (done.length === 4) {
      console.log('first pair', done.slice(0, 2).sort().join(','));
      console.log('second pair', done.slice(2).sort().join(','));
    }
  });
}
console.log('submitted 4 jobs');
