// Encoding names are matched case-insensitively.
for (const enc of ['UTF8', 'Utf-8', 'HEX', 'Base64', 'LATIN1', 'BiNaRy', 'UCS-2', 'UTF-16LE', 'ASCII', 'BASE64URL']) {
  console.log(enc, Buffer.from('6869', enc));
}
