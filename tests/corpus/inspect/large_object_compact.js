// A 100-key object prints one key per line.
const o = {};
for (let i = 0; i < 100; i++) o['k' + i] = i % 3 ? i : 'v' + i;
console.log(o);
