// hex decoding stops at the first invalid pair and ignores an odd trailing digit.
for (const s of ['', 'a', 'ab', 'abc', 'ABCDEF', 'zz', '0g12', '12 34', '1234567', 'aBcD']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}
