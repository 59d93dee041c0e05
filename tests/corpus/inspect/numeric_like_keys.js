const o = { b: 1, 10: 'ten', 2: 'two', '-1': 'neg', '01': 'lead', 1.5: 'frac', a: 2, [2 ** 32]: 'big', [2 ** 32 - 2]: 'maxidx', '  3': 'sp' };
console.log(o);
console.log(Object.keys(o));
const m = {}; m.z = 1; m[5] = 5; m[Symbol('s')] = 's'; m[0] = 0; m.y = 2;
console.log(m, JSON.stringify(m));
