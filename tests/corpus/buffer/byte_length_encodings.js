// Buffer.byteLength counts the bytes a string would take in each encoding.
const s = 'héllo €';
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  console.log(enc, Buffer.byteLength(s, enc));
}
console.log(Buffer.byteLength('😀'), Buffer.byteLength('\ud83d'), Buffer.byteLength('\ud83d\ud83d'));
