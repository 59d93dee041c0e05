const p1 = Promise.resolve(42);
const p2 = new Promise(() => {});
const p3 = Promise.reject({ reason: 'nope', code: 42 });
p3.catch(() => {});
const p4 = Promise.reject('str');
p4.catch(() => {});
console.log(p1, p2, p3);
console.log([p1, p4]);
console.log({ p: Promise.resolve({ a: { b: { c: {} } } }) });
const p5 = Promise.resolve(); p5.extra = 1;
console.log(p5);
async function f() { return 1; }
console.log(f());
console.log(Promise.all([p1]));
setTimeout(() => console.log(Promise.all([p1]), p2), 0);
class MyP extends Promise {}
console.log(MyP.resolve(1));
console.log(Promise.resolve(undefined), Promise.resolve(null), Promise.resolve([1, 2]));
