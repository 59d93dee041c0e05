// A realistic nested record.
console.log({ id: 1, name: 'widget', tags: ['a', 'b', 'c'], dims: { w: 10, h: 20, d: { unit: 'cm', precise: [1.5, 2.25] } }, active: true, created: new Date(0), pattern: /w+/ });
