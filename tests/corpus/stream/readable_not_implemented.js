// A Readable without _read errors with ERR_METHOD_NOT_IMPLEMENTED when read.
const { Readable } = require('stream');
const r = new Readable();
r.on('error', (e) => console.log('error', e.code, e.message, e instanceof Error));
r.on('close', () => console.log('close'));
r.resume();
