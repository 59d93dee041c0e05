// finished() on a readable: called after 'end' (waiting for 'close' with autoDestroy).
const { finished, Readable } = require('stream');
const r = Readable.from(['a']);
finished(r, (err) => console.log('finished', err));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.resume();
