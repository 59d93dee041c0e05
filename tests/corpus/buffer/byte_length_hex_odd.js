// Buffer.byteLength for hex is half the length, rounded down, whatever the characters.
for (const s of ['a', 'ab', 'abc', 'zzzz', 'ab cd']) console.log(JSON.stringify(s), Buffer.byteLength(s, 'hex'), Buffer.from(s, 'hex').length);
