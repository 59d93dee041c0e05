// hex and base64 read non-Latin1 strings through each unit's low byte.
console.log(Buffer.from('\u0161\u0162', 'hex'));
console.log(Buffer.from('\u0131\u0132', 'hex'));
console.log(Buffer.from('\u0159\u0161', 'base64'));
console.log(Buffer.from('YQ\u013d\u013d', 'base64'));
console.log(Buffer.from('é€', 'ascii'), Buffer.from('é€', 'latin1'));
