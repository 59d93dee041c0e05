// One-byte (Latin-1) strings are written as they are, others as UTF-16 with a padding byte
// when the characters would start at an odd offset.
const v8 = require('node:v8');
const strings = ['', 'a', 'hello world', 'café', 'ÿ', 'Ā', '日本', '日本語', 'emoji 🎉', 'x'.repeat(130), 'é'.repeat(127)];
for (const s of strings) {
  const hex = v8.serialize(s).toString('hex');
  console.log(JSON.stringify(s.length > 20 ? `${s.slice(0, 5)}...` : s), hex.length > 80 ? `${hex.slice(0, 40)}...(${hex.length / 2} bytes)` : hex, v8.deserialize(v8.serialize(s)) === s);
}
console.log(v8.serialize({ a: '日本' }).toString('hex'));
console.log(v8.serialize({ ab: '日本' }).toString('hex'));
console.log(v8.serialize(['ü', '日', 'ab', '日本語', 'Ω']).toString('hex'));
console.log(v8.serialize({ ключ: 'значение', 'ü': 1 }).toString('hex'));
console.log(v8.deserialize(v8.serialize({ ключ: 'значение', 'ü': 1 })));
