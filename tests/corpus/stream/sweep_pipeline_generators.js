const { Transform, pipeline, Readable } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); }, flush(cb) { this.push('!'); cb(); } });
pipeline(Readable.from(['a', 'b', 'c']), upper, async function* (src) { for await (const c of src) yield c + '-'; }, async function (src) { let s = ''; for await (const c of src) s += c; console.log('got', s); return s; }, (err, val) => console.log('done', err, val));
