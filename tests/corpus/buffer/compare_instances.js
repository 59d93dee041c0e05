// buf.compare(target) with one argument compares whole buffers.
const a = Buffer.from('abc');
console.log(a.compare(Buffer.from('abc')), a.compare(Buffer.from('abd')), a.compare(Buffer.from('ab')), a.compare(new Uint8Array([0x61, 0x62, 0x63, 0x64])));
console.log(Buffer.from([0x80]).compare(Buffer.from([0x7f])), Buffer.alloc(0).compare(Buffer.alloc(0)));
