const { Readable } = require('stream');
let i = 0;
const r = new Readable({ read() { i++; this.push(i <= 4 ? 'c' + i : null); } });
r.on('data', (d) => {
  console.log('data', d.toString());
  if (d.toString() === 'c2') { r.pause(); console.log('paused', r.isPaused()); setTimeout(() => { console.log('resume'); r.resume(); }, 1); }
});
r.on('end', () => console.log('end'));
setImmediate(() => console.log('imm'));
