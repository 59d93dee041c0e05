// stream/consumers reads a whole stream as text, JSON, a Buffer, an ArrayBuffer or a Blob.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(await text(Readable.from(['hel', 'lo ', 'world'])));
  console.log(await json(Readable.from([Buffer.from('{"a":'), Buffer.from('[1,2]}')])));
  const b = await buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  console.log(b, b.toString());
  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2, 3])]));
  console.log(ab.byteLength, ab instanceof ArrayBuffer);
  const bl = await blob(Readable.from(['x', 'yz']));
  console.log(bl.size, await bl.text());
  const euro = Buffer.from('€');
  console.log(await text(Readable.from([euro.subarray(0, 1), euro.subarray(1)])));
  try { await json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
})();
