// write never splits a UTF-8 character or a UTF-16 unit: it stops early instead.
const tryWrite = (size, s, enc) => {
  const buf = Buffer.alloc(size, 0xaa);
  console.log(size, JSON.stringify(s), enc, buf.write(s, enc), buf);
};
tryWrite(2, '€', 'utf8');
tryWrite(3, '€', 'utf8');
tryWrite(4, 'a😀', 'utf8');
tryWrite(5, 'a😀', 'utf8');
tryWrite(3, 'a\ud83d', 'utf8');
tryWrite(4, '\ud83d\ud83d', 'utf8');
tryWrite(3, 'abc', 'ucs2');
tryWrite(1, 'abc', 'utf16le');
