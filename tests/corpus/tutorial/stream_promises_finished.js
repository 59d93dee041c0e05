const { finished } = require('stream/promises');
const { Readable } = require('stream');
const r = Readable.from(['1', '2']);
r.resume();
finished(r).then(() => console.log('finished'));
r.on('end', () => console.log('end event'));
process.nextTick(() => console.log('tick'));
