// Buffer.compare orders buffers bytewise, shorter first on a tie; usable with sort.
const a = Buffer.from('abc');
console.log(Buffer.compare(a, Buffer.from('abd')), Buffer.compare(a, Buffer.from('ab')), Buffer.compare(a, a));
console.log(Buffer.compare(Buffer.from([0xff]), new Uint8Array([0x01])));
const list = ['b', 'a', 'ab', '', 'ba'].map((s) => Buffer.from(s));
console.log(list.sort(Buffer.compare).map((b) => b.toString()));
