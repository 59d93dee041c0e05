// A tour of Buffer: bytes, encodings, slices that share memory, and numbers in binary.
const buf = Buffer.from("héllo");
console.log(buf.length, "bytes for", "héllo".length, "characters");
console.log(buf.toString("hex"));
console.log(buf.toString("base64"));
const slice = buf.subarray(0, 1);
slice[0] = 0x48; // "H": the slice shares the buffer's memory
console.log(buf.toString());
const num = Buffer.alloc(4);
num.writeUInt32BE(0xdeadbeef);
console.log(num.readUInt32LE().toString(16));
console.log(Buffer.concat([Buffer.from("ab"), Buffer.from("cd")]).toString());
console.log(Buffer.compare(Buffer.from("a"), Buffer.from("b")));
