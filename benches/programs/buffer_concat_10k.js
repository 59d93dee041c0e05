// Buffer.concat of 10,000 small buffers, ten times.
const parts = [];
for (let i = 0; i < 10000; i++) parts.push(Buffer.from([i & 0xff, 1, 2, 3, 4, 5, 6, 7]));
let total = 0;
for (let i = 0; i < 10; i++) total += Buffer.concat(parts).length;
console.log(total);
