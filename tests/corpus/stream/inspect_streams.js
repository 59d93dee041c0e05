// util.inspect of a fresh Readable and Writable.
const util = require('util');
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
console.log(util.inspect(r._readableState, { depth: 0 }));
console.log(util.inspect(new Writable()._writableState, { depth: 0 }));
console.log(Object.keys(r), Object.keys(new Writable()));
console.log(r._readableState.constructor.name, r.readableFlowing, r._readableState.pipes);
