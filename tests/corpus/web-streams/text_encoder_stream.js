// TextEncoderStream and TextDecoderStream, including a split multi-byte character.
const enc = new TextEncoderStream();
console.log(enc.encoding, enc);
const dec = new TextDecoderStream();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
const bytes = new TextEncoder().encode('héllo wörld €');
const parts = [bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9)];
(async () => {
  const chunks = [];
  for await (const s of ReadableStream.from(parts).pipeThrough(new TextDecoderStream())) chunks.push(s);
  console.log(chunks);
  const out = [];
  for await (const b of ReadableStream.from(['ab', 'c\uD83D', '\uDE00!', '\uD800']).pipeThrough(new TextEncoderStream())) {
    out.push(Array.from(b));
  }
  console.log(out);
  const latin = ReadableStream.from([new Uint8Array([0xe9, 0x74, 0xe9])]).pipeThrough(new TextDecoderStream('latin1'));
  for await (const s of latin) console.log(s);
})();
