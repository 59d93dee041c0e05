// How big is a value on the wire? Comparing JSON with V8's format for the same data.
const v8 = require('node:v8');
const data = {
  users: Array.from({ length: 5 }, (_, i) => ({ id: i, name: `user${i}`, active: i % 2 === 0, score: i * 10 })),
  tags: new Set(['a', 'b']),
  updated: new Date(Date.UTC(2023, 11, 31)),
};
const json = JSON.stringify({ ...data, tags: [...data.tags] });
const bin = v8.serialize(data);
console.log('json bytes', Buffer.byteLength(json), 'v8 bytes', bin.length);
console.log(bin.subarray(0, 24).toString('hex'));
console.log(v8.deserialize(bin).users[3], v8.deserialize(bin).tags);
