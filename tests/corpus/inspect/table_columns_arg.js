// console.table's columns argument and object rows.
const scores = { alice: { math: 90, art: 70 }, bob: { math: 60, music: 88 } };
console.table(scores);
console.table(scores, ['math']);
console.table(scores, []);
console.table(new Map([['a', { x: 1 }], ['b', { y: 2 }]]));
console.table(new Set(['p', 'q']));
console.table([{ 'long header name': 'v', s: 'a string with ünïcödé' }]);
