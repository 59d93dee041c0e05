// TextDecoder decodes UTF-8, strips a leading BOM and replaces invalid bytes.
const d = new TextDecoder();
const show = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
console.log(d.encoding, d.fatal, d.ignoreBOM);
console.log(d.decode(Buffer.from('héllo')));
console.log(show(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))));
console.log(show(d.decode(Uint8Array.of(0xf0, 0x9f, 0x98, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80))));
console.log(JSON.stringify(d.decode()), JSON.stringify(d.decode(new Uint8Array(0))));
