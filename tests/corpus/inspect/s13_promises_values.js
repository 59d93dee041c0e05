const p1 = Promise.resolve({ data: [1, 2, { deep: { deeper: 1 } }] });
const p2 = Promise.reject(new Error('bad')); p2.catch(() => {});
const p3 = new Promise(() => {});
const p4 = Promise.reject('str'); p4.catch(() => {});
console.log(p1, p3, p4, [p1], { p3 });
console.log(require('util').inspect(p2).split('\n')[0]);
p1.extra = true; console.log(p1);
(async () => 5)().then((v) => console.log('async', v));
console.log(Promise.resolve(Promise.resolve(1)), Promise.all([]), Promise.resolve(undefined));
