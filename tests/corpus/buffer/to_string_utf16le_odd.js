// utf16le decoding drops a trailing odd byte and keeps unpaired surrogates.
const show = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
console.log(show(Buffer.from([0x61, 0x00, 0x62]).toString('utf16le')));
console.log(show(Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le')));
console.log(show(Buffer.from([0x3d, 0xd8, 0x41, 0x00]).toString('ucs2')));
console.log(JSON.stringify(Buffer.from([0x61]).toString('utf16le')));
