// Lone surrogates: utf8 writes EF BF BD, utf16le keeps the unit, latin1 keeps its low byte.
for (const s of ['a\ud83d', '\ude00b', '\ud83d\ude00', '\ude00\ud83d']) {
  console.log(JSON.stringify(s), Buffer.from(s), Buffer.from(s, 'utf16le'), Buffer.from(s, 'latin1'), Buffer.byteLength(s));
}
