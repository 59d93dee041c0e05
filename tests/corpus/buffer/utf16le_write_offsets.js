// utf16le writes at odd offsets and into odd-sized room.
for (const [off, len] of [[0, 4], [1, 4], [1, 3], [3, 2], [0, 1]]) {
  const buf = Buffer.alloc(6, 0x2e);
  console.log(off, len, buf.write('abc', off, len, 'utf16le'), buf);
}
