// The promise returned by an async function after it settles.
async function f() { return 'done'; }
const p = f();
setTimeout(() => console.log(p), 0);
console.log(p);
