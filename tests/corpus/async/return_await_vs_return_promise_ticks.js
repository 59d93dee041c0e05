// return await, return of a promise and await null against a then chain: the ticks each costs.
async function f() { return await Promise.resolve('x'); }
async function g() { return Promise.resolve('y'); }
async function h() { await null; return 'z'; }
f().then(console.log);
g().then(console.log);
h().then(console.log);
Promise.resolve().then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3)).then(() => console.log(4));
