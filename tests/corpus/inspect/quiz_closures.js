function makeCounter() {
  let count = 0;
  return { inc: () => ++count, get value() { return count; } };
}
const c = makeCounter();
c.inc(); c.inc();
console.log(c, c.value);
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
const fns2 = [];
for (let j = 0; j < 3; j++) fns2.push(() => j);
console.log(fns2.map((f) => f()), fns2);
