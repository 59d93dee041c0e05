// util.inspect of the web stream classes.
const util = require('util');
const rs = new ReadableStream();
const reader = rs.getReader();
console.log(rs);
console.log(reader);
const ws = new WritableStream();
console.log(ws);
const writer = ws.getWriter();
console.log(writer);
console.log(new TransformStream());
console.log(util.inspect(new ReadableStream(), { depth: 0 }));
console.log(util.inspect({ nested: { deeper: { s: new WritableStream() } } }, { depth: 1 }));
console.log(new ReadableStream({ type: 'bytes' }));
console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(writer));
console.log(Object.keys(ReadableStream.prototype), Object.keys(WritableStreamDefaultWriter.prototype));
console.log(typeof ReadableStream.from, ReadableStream.name, ReadableStream.length, WritableStream.length);
console.log([rs, ws]);
