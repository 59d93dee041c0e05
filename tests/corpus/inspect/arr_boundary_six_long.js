// Six entries never group; they break when too long.
console.log(Array.from({ length: 6 }, (_, i) => 'w'.repeat(9) + i));
console.log(Array.from({ length: 6 }, (_, i) => 'w'.repeat(10) + i));
