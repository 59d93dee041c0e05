// Buffer.from(string, encoding) for every encoding Node knows.
for (const enc of ['utf8', 'utf-8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex']) {
  console.log(enc.padEnd(9), Buffer.from('aGk=', enc));
}
