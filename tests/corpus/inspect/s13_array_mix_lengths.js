console.log(Array(3), new Array(3).fill(), [, 1, , 2, , ], Array.from({ length: 2 }));
console.log([undefined, null, , 0, '', false]);
const a = [1, 2, 3]; a.length = 5; console.log(a);
const b = [1]; b[10] = 2; b.prop = 'p'; console.log(b, b.length);
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 27 }, (_, i) => i % 2 ? 'x'.repeat(i) : i));
