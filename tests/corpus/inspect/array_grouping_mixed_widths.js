// Grouping of arrays into columns with items of varied widths.
console.log(Array.from({length: 8}, (_, i) => 'word'.repeat(i)));
console.log(Array.from({length: 16}, (_, i) => i % 3 ? 'abc' : 1234567));
console.log(Array.from({length: 7}, (_, i) => -i * 1000));
