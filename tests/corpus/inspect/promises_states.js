const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ data: [1, 2, 3] });
const rejected = Promise.reject(new Error('fail'));
rejected.catch(() => {});
const rejectedPrim = Promise.reject('reason');
rejectedPrim.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(rejectedPrim);
console.log([pending, Promise.resolve(undefined), Promise.resolve(null)]);
console.log({ p: Promise.resolve('str') });
async function f() { return 1; }
console.log(f());
const p2 = Promise.resolve(1);
p2.extra = true;
console.log(p2);
setTimeout(() => {
  const later = Promise.resolve(Promise.resolve(7));
  console.log(later);
  Promise.resolve().then(() => console.log(later));
}, 0);
const chained = Promise.resolve(1).then((x) => x + 1);
console.log(chained);
setTimeout(() => console.log(chained), 5);
