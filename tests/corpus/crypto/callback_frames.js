// A crypto job calls back with `this` the job, from its ondone (or onJobDone).
const crypto = require('crypto');
const here = __dirname;
const jobs = [
  ['randomBytes', (cb) => crypto.randomBytes(4, cb)],
  ['randomFill', (cb) => crypto.randomFill(new Uint8Array(4), cb)],
  ['pbkdf2', (cb) => crypto.pbkdf2('secret', 'salt', 1, 8, 'sha256', cb)],
  ['scrypt', (cb) => crypto.scrypt('secret', 'salt', 8, cb)],
  ['hkdf', (cb) => crypto.hkdf('sha256', 'key', 'salt', 'info', 8, cb)],
];
function next() {
  const job = jobs.shift();
  if (!job) {
    crypto.randomBytes(2, function named() {
      console.log(new Error().stack.split('\n')[1].split(here).join('.'));
    });
    return;
  }
  const [label, start] = job;
  start(function (err) {
    const frames = new Error().stack.split('\n').slice(1).map((l) => l.split(here).join('.').trim());
    console.log(label, err, this.constructor.name, frames);
    next();
  });
}
next();
