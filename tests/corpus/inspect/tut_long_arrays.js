// Arrays longer than six items are grouped into aligned columns.
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i * i));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 10 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 12 }, (_, i) => i % 2 ? 'x'.repeat(i) : i));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
console.log(Array.from({ length: 8 }, (_, i) => -i * 1.5));
console.log(Array(101).fill('a'));
console.log(Array.from({ length: 17 }, (_, i) => i % 3 === 0 ? null : i % 3 === 1 ? undefined : true));
