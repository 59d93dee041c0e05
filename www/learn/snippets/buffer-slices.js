// subarray shares memory with the original; Buffer.from(buffer) copies it.
const original = Buffer.from('abcdef');
const view = original.subarray(0, 3);
const copy = Buffer.from(original.subarray(0, 3));
original[0] = 0x7a; // 'z'
console.log(view.toString(), copy.toString());
console.log(Buffer.concat([view, Buffer.from('!')]).toString());
console.log(Buffer.byteLength('€'), 'bytes for one euro sign');
