// Own enumerable non-index properties are shown after the bytes.
const buf = Buffer.from([1, 2]);
buf.tag = 'x';
buf.n = 42;
console.log(buf);
const empty = Buffer.alloc(0);
empty.flag = true;
console.log(empty);
