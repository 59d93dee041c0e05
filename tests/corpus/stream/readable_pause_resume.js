// pause() and resume(): 'pause' is synchronous, 'resume' comes on a tick.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
r.on('data', (c) => {
  console.log('data', String(c));
  if (String(c) === 'b') {
    r.pause();
    console.log('paused', r.isPaused(), r.readableFlowing);
    setImmediate(() => {
      console.log('resuming');
      r.resume();
      console.log('after resume', r.readableFlowing);
    });
  }
});
r.on('end', () => console.log('end'));
['a', 'b', 'c', 'd'].forEach((s) => r.push(s));
r.push(null);
console.log('flowing', r.readableFlowing);
