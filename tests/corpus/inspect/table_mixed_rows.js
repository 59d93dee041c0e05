console.table([{ a: 1, b: 'x' }, { b: 'y', c: true }, 'prim', 7]);
console.table({ r1: [1, 2], r2: 'str', r3: { c: 3 } });
