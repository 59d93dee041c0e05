const arr = [1, 2, 3]; arr.extra = 'yes'; arr[-1] = 'neg'; arr['1.5'] = 'frac';
console.log(arr);
const a2 = ['a']; a2.length = 3; a2.prop = { x: 1 }; console.log(a2);
const a3 = []; a3.key = 1; console.log(a3);
console.log([-0, 0, +0], new Map([[-0, -0]]), new Set([-0]), { z: -0 }, [-0.0]);
