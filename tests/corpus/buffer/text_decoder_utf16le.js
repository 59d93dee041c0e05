// TextDecoder("utf-16le") decodes pairs of bytes, with BOM and surrogate handling.
const show = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
const d = new TextDecoder('utf-16le');
console.log(d.encoding);
console.log(show(d.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))));
console.log(show(d.decode(Uint8Array.of(0x41, 0x00, 0x3d))));
console.log(show(d.decode(Uint8Array.of(0x3d, 0xd8, 0x41, 0x00))));
console.log(show(d.decode(Uint8Array.of(0x41, 0x00, 0x3d), { stream: true })), show(d.decode(Uint8Array.of(0xd8))));
console.log(new TextDecoder('utf-16').encoding, new TextDecoder('UCS-2').encoding);
