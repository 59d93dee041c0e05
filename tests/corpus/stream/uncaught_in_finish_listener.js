// A 'finish' listener that throws: the stack goes through Node's finish() and end()'s tick.
const { Writable } = require('stream');
const out = new Writable({ write(chunk, enc, cb) { cb(); } });
out.on('finish', function onFinish() { throw new Error('finish failed'); });
out.end('a');
