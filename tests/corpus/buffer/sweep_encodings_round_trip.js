const b = Buffer.from('héllo wörld €', 'utf8');
console.log(b, b.length, Buffer.byteLength('héllo wörld €'));
for (const enc of ['hex','base64','base64url','latin1','binary','utf16le','ucs2','ascii','utf8']) {
  const s = b.toString(enc);
  console.log(enc, JSON.stringify(s), Buffer.from(s, enc));
}
console.log(Buffer.from('zz1234gg', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('', 'hex'));
console.log(Buffer.from('SGVsbG8gV29ybGQ', 'base64').toString(), Buffer.from('SGV sbG8=\nV29y', 'base64'));
console.log(Buffer.from('-_-_', 'base64url'), Buffer.from('+/+/', 'base64url'), Buffer.from('-_', 'base64'));
console.log(Buffer.from('\u00ff\u0100\u2603', 'latin1'), Buffer.from('\u00ff\u0100', 'ascii'));
console.log(Buffer.from('ab', 'utf16le'), Buffer.from('\ud83d\ude00', 'utf16le'), Buffer.from('\ud83d\ude00'));
