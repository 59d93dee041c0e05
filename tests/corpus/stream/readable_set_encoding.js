// setEncoding decodes multi-byte characters split across chunks.
const { Readable } = require('stream');
const bytes = Buffer.from('héllo wörld €', 'utf8');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
for (let i = 0; i < bytes.length; i += 3) r.push(bytes.subarray(i, i + 3));
r.push(null);
r.on('data', (c) => console.log(JSON.stringify(c), typeof c));
r.on('end', () => console.log('end', r.readableEncoding));
const h = new Readable({ read() {} });
h.push('abc');
h.setEncoding('hex');
h.push(null);
h.on('data', (c) => console.log('hex', c));
