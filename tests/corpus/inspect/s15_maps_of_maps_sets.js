const m = new Map([['fruits', new Map([['apple', new Map([['red', 1], ['green', 2]])], ['pear', new Map()]])], ['veg', new Map([[{ k: 1 }, new Set([1, 2, new Map([[1, 2]])])]])]]);
console.log(m);
console.log(new Map([[new Map([[1, 2]]), new Map([[3, 4]])]]));
console.log([new Map([['a', { deep: { deeper: { deepest: 1 } } }]])]);
const s = new Set([new Set([new Set([new Set([1])])])]);
console.log(s);
console.log(new Map([[NaN, -0], [-0, NaN], [undefined, null]]));
