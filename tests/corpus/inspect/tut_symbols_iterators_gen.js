class Range {
  constructor(start, end) { this.start = start; this.end = end; }
  *[Symbol.iterator]() { for (let i = this.start; i < this.end; i++) yield i; }
}
const r = new Range(1, 5);
console.log(r, [...r], Array.from(r, (x) => x * x));
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const it = fib();
console.log(Array.from({ length: 10 }, () => it.next().value));
console.log(it[Symbol.toStringTag], Object.prototype.toString.call(it), fib.constructor.name);
const entries = Object.entries({ a: 1, b: 2 });
for (const [k, v] of entries) console.log(k, v);
console.log(new Map(entries).entries().next());
