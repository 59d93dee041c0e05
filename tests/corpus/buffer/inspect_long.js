// Beyond 50 bytes (INSPECT_MAX_BYTES) the rest is summarised as "... N more bytes".
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(52, 3));
console.log(Buffer.from(Array.from({ length: 300 }, (_, i) => i & 0xff)));
