// TextEncoder encodes to UTF-8 Uint8Arrays; lone surrogates become U+FFFD.
const enc = new TextEncoder();
console.log(enc.encoding);
console.log(enc.encode('hé€😀'));
console.log(enc.encode('\ud83d x'));
console.log(enc.encode(), enc.encode(undefined), enc.encode(42));
console.log(Buffer.from(enc.encode('abc')));
