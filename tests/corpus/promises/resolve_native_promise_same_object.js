// Promise.resolve(p) returns p itself when p is a native promise: no extra ticks.
const p = Promise.resolve('p');
console.log(Promise.resolve(p) === p);
Promise.resolve(p).then(() => console.log('via Promise.resolve(p)'));
Promise.resolve('x').then(() => console.log('plain'));
