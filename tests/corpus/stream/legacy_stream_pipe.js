// The legacy Stream base class and its pipe.
const Stream = require('stream');
const src = new Stream();
src.readable = true;
const dest = new Stream.Writable({ write(c, e, cb) { console.log('dest got', String(c)); cb(); } });
dest.on('finish', () => console.log('dest finish'));
Stream.prototype.pipe.call(src, dest);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');
console.log(typeof Stream, Stream.prototype.pipe === Stream.Stream.prototype.pipe);
