// ignoreBOM: true keeps a leading byte order mark.
const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61);
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(keep.ignoreBOM, keep.decode(bytes).length, new TextDecoder().decode(bytes).length);
const u16 = Uint8Array.of(0xff, 0xfe, 0x61, 0x00);
console.log(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u16).length, new TextDecoder('utf-16le').decode(u16).length);
