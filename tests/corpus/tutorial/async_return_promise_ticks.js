async function f() { return Promise.resolve('f'); }
async function g() { return 'g'; }
f().then(console.log);
g().then(console.log);
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
