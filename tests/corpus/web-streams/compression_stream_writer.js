// Writing to a CompressionStream by hand and reading the gzip bytes.
(async () => {
  const cs = new CompressionStream('gzip');
  const writer = cs.writable.getWriter();
  writer.write(new TextEncoder().encode('hand '));
  writer.write(new TextEncoder().encode('written'));
  writer.close();
  const reader = cs.readable.getReader();
  const parts = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('chunk', value.constructor.name, value.length);
    parts.push(value);
  }
  const all = Buffer.concat(parts);
  console.log(all.toString('hex'));
  console.log(require('zlib').gunzipSync(all).toString());
})();
