// A Readable without _read, made to flow: the default _read throws under read() from resume_.
const { Readable } = require('stream');
const r = new Readable();
r.on('data', () => {});
