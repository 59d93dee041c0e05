// The split rule depends on the string length against breakLength minus indentation.
console.log({ s: 'a\n' + 'b'.repeat(71) });
console.log({ s: 'a\n' + 'b'.repeat(72) });
