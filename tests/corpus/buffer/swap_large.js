// Long buffers (swapped natively in Node) behave the same.
const b = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
b.swap16();
console.log(b.subarray(0, 6), b.subarray(250));
b.swap16().swap32();
console.log(b.subarray(0, 8));
b.swap32().swap64();
console.log(b.subarray(248));
