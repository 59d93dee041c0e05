// latin1/ascii labels mean windows-1252; Node 20 decodes non-streaming calls as plain latin1.
const show = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
const d = new TextDecoder('latin1');
console.log(d.encoding, new TextDecoder('ascii').encoding, new TextDecoder('us-ascii').encoding);
console.log(show(d.decode(Uint8Array.of(0x41, 0x80, 0xe9, 0xff))));
console.log(show(d.decode(Uint8Array.of(0x80, 0x9f), { stream: true })));
console.log(show(d.decode(Uint8Array.of(0x80, 0x9f))));
