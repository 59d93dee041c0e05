const deep = { l1: { l2: { l3: { l4: { l5: { l6: 'bottom' } } } } } };
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir(deep, { depth: 1, colors: false });
console.dir([deep], { depth: -1 });
console.dir('str'); console.dir(5, { showHidden: true });
