const buffer = require('buffer');
const b = Buffer.from('abcdefghijklmnopqrstuvwxyz');
console.log(b);
buffer.INSPECT_MAX_BYTES = 5;
console.log(b);
console.log({ b }, [b]);
buffer.INSPECT_MAX_BYTES = 0;
console.log(b, Buffer.alloc(0));
buffer.INSPECT_MAX_BYTES = 26;
console.log(b);
buffer.INSPECT_MAX_BYTES = 25;
console.log(b);
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.code, e.message); }
try { buffer.INSPECT_MAX_BYTES = '5'; } catch (e) { console.log(e.code, e.message); }
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2.5;
console.log(b);
