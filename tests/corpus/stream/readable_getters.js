// The state getters through a stream's life.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
const show = (label) => console.log(label, {
  readable: r.readable, flowing: r.readableFlowing, length: r.readableLength, ended: r.readableEnded,
  destroyed: r.destroyed, closed: r.closed, didRead: r.readableDidRead, aborted: r.readableAborted, errored: r.errored,
});
show('new');
r.push('abc');
show('pushed');
r.on('data', () => {});
show('listening');
r.push(null);
r.on('end', () => show('end'));
r.on('close', () => show('close'));
