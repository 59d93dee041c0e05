// Indexed assignment converts to a byte; out-of-range indices are ignored.
const buf = Buffer.alloc(3);
buf[0] = 300;
buf[1] = -1;
buf[2] = 1.9;
buf[3] = 7;
buf[-1] = 7;
console.log(buf, buf[3], buf[-1], buf.length);
buf['1'] = 65;
console.log(buf, Object.keys(buf));
