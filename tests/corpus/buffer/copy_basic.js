// buf.copy(target, targetStart, sourceStart, sourceEnd) returns the number of bytes copied.
const src = Buffer.from('abcdef');
const t = () => Buffer.alloc(4, '.');
let x;
x = t(); console.log(src.copy(x), x.toString());
x = t(); console.log(src.copy(x, 1), x.toString());
x = t(); console.log(src.copy(x, 0, 2), x.toString());
x = t(); console.log(src.copy(x, 1, 2, 4), x.toString());
x = t(); console.log(src.copy(x, 4), x.toString());
x = t(); console.log(src.copy(x, 0, 3, 3), x.toString());
x = t(); console.log(src.copy(new Uint8Array(2)), x.toString());
