const data = { name: 'Widget', tags: ['a', 'b'], dims: { w: 10, h: 20 }, empty: {}, none: [], nil: null };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, '\t'));
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 2 : v)));
console.log(JSON.stringify([undefined, function () {}, Symbol('s')]));
console.log(JSON.stringify({ toJSON() { return { custom: true }; } }));
console.log(JSON.parse(JSON.stringify(data)));
console.log(JSON.parse('[1, "2", {"3": [4]}]', (k, v) => (typeof v === 'number' ? v + 1 : v)));
