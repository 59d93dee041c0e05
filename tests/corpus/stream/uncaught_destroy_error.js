// destroy(err) without an 'error' listener: the error is thrown on the next tick.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('close', () => console.log('close never runs'));
r.destroy(new TypeError('bad input'));
console.log('still running');
