// Every encoding of an empty buffer is the empty string.
const e = Buffer.alloc(0);
console.log(['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].map((enc) => JSON.stringify(e.toString(enc))).join(' '));
console.log(JSON.stringify(Buffer.from('abc').toString('utf8', 3)));
