// groupArrayElements: aligned columns for more than six short items.
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)));
console.log(Array.from({ length: 50 }, (_, i) => i * 1000));
console.log(Array.from({ length: 9 }, (_, i) => 10 ** i));
console.log(Array.from({ length: 7 }, (_, i) => ({ i })));
console.log(Array.from({ length: 16 }, (_, i) => (i % 2 ? 'short' : 'a much longer string')));
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(16)));
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(17)));
console.log([1.5, -2.25, 3, 100, -1000, 0.001, 42]);
console.log(Array.from({ length: 12 }, (_, i) => BigInt(i) ** 10n));
console.log({ matrix: Array.from({ length: 3 }, (_, r) => Array.from({ length: 8 }, (_, c) => r * 8 + c)) });
