// buf.fill(number) stores the value modulo 256; booleans and objects are coerced.
const b = Buffer.alloc(4);
console.log(b.fill(1));
console.log(b.fill(257));
console.log(b.fill(-1));
console.log(b.fill(1.9));
console.log(b.fill(true));
console.log(b.fill(NaN));
console.log(b.fill({ valueOf() { return 66; } }));
