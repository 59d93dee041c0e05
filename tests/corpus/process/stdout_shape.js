// stdout and stderr are writable streams with fds 1 and 2 (a pipe here, so no TTY).
const { EventEmitter } = require('events');
for (const s of [process.stdout, process.stderr]) {
  console.log(s.fd, s.writable, s instanceof EventEmitter, typeof s.write, typeof s.end, typeof s.on);
  console.log(!!s.isTTY, typeof s.once, typeof s.cork, typeof s.uncork);
}
console.log(process.stdout === process.stdout, process.stdout !== process.stderr);
