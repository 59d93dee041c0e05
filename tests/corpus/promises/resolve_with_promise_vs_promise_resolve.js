const log = [];
const p1 = Promise.resolve(1);
const p2 = new Promise(r => r(p1));
const p3 = Promise.resolve(p1);
console.log('p3 === p1', p3 === p1);
p2.then(() => console.log('p2 (resolved with promise)'));
p3.then(() => console.log('p3 (Promise.resolve(p1))'));
p1.then(() => console.log('p1'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
