// stream: true keeps partial characters for the next call.
const d = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
console.log(JSON.stringify(d.decode(Uint8Array.of(0x41, euro[0]), { stream: true })));
console.log(JSON.stringify(d.decode(Uint8Array.of(euro[1]), { stream: true })));
console.log(JSON.stringify(d.decode(Uint8Array.of(euro[2], 0x42), { stream: true })));
console.log(JSON.stringify(d.decode(Uint8Array.of(0xf0, 0x9f), { stream: true })));
console.log(JSON.stringify(d.decode()));
console.log(JSON.stringify(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x43))));
