function* counter() { yield 1; yield 2; }
const gen = counter();
console.log(gen);
console.log({ gen });
gen.next();
console.log(gen, gen.next(), gen.next(), gen.next());
async function* agen() { yield 1; }
const ag = agen();
console.log(ag);
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(ag));
console.log(counter, agen);
console.log(Object.getPrototypeOf(counter));
console.log(typeof gen[Symbol.iterator], gen[Symbol.iterator]() === gen);
