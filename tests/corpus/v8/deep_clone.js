// A deep copy through the serializer, as blog posts suggest before structuredClone existed.
const v8 = require('node:v8');
const deepClone = (value) => v8.deserialize(v8.serialize(value));
const original = {
  name: 'config',
  created: new Date(Date.UTC(2020, 5, 1)),
  limits: new Map([['cpu', 2], ['memory', 512]]),
  flags: new Set(['fast', 'safe']),
  pattern: /^v\d+$/i,
  big: 2n ** 70n,
  nested: { list: [1, [2, [3]]], nothing: null, missing: undefined },
  bytes: Buffer.from('abc'),
};
const copy = deepClone(original);
console.log(copy);
console.log(copy !== original, copy.nested !== original.nested, copy.created instanceof Date, copy.limits.get('memory'));
copy.nested.list[1][1].push(4);
console.log(original.nested.list[1][1], copy.nested.list[1][1]);
console.log(v8.serialize(original).length, v8.serialize(copy).equals(v8.serialize(original)));
