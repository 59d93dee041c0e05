// A Map too long for one line.
console.log(new Map(Array.from({ length: 6 }, (_, i) => [`key-number-${i}`, { value: i, label: 'labellabel' }])));
