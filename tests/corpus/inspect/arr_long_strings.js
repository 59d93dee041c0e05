// Long strings are not grouped: one per line.
console.log(Array.from({ length: 8 }, (_, i) => 'item-number-' + i + '-' + 'z'.repeat(i)));
