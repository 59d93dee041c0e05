class N extends null { constructor() { return Object.create(N.prototype); } }
console.log(new N(), N);
const o = Object.create(Function.prototype);
console.log(o);
const fakeArr = Object.setPrototypeOf([1, 2], Object.prototype);
console.log(fakeArr);
const m = Object.setPrototypeOf(new Map([[1, 2]]), null);
console.log(m);
const s = Object.setPrototypeOf(new Set([1]), Object.prototype);
console.log(s);
