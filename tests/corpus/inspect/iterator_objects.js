const range = {
  from: 1, to: 3,
  [Symbol.iterator]() {
    let cur = this.from; const last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
console.log(range);
console.log([...range]);
console.log([1, 2][Symbol.iterator]());
console.log('ab'[Symbol.iterator]());
console.log(new Map([[1, 2]]).entries(), new Set([5]).values());
console.log(Object.entries({ a: 1 })[Symbol.iterator]());
const it = [1, 2, 3].values();
it.next();
console.log(it, [...it]);
console.log(new Map([['a', 1], ['b', 2]]).keys());
console.log('abc'.matchAll(/./g));
