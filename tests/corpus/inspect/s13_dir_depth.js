const deep = { l1: { l2: { l3: { l4: { l5: { l6: 'end' } } } } }, arr: [[[[['x']]]]] };
console.dir(deep, { depth: null });
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: Infinity, compact: false });
console.dir(deep);
console.dir('a string', { depth: null });
console.dir(new Map([[deep, 1]]), { depth: 1 });
console.dir([deep], { depth: -1 });
