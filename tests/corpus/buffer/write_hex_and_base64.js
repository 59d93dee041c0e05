// hex writes stop at the first invalid pair; base64 writes stop when the buffer is full.
const tryWrite = (size, s, enc) => {
  const buf = Buffer.alloc(size, 0xaa);
  console.log(size, JSON.stringify(s), enc, buf.write(s, enc), buf);
};
tryWrite(4, 'abcdef12', 'hex');
tryWrite(4, 'ab zz 12', 'hex');
tryWrite(4, 'abc', 'hex');
tryWrite(4, 'a', 'hex');
tryWrite(2, 'YWJjZA==', 'base64');
tryWrite(6, 'YW Jj ZA==', 'base64');
tryWrite(6, 'YWJj-_', 'base64url');
