// await of a plain value takes one microtask turn, like a resolved promise.
async function a() { console.log('a1'); await 1; console.log('a2'); await undefined; console.log('a3'); }
async function b() { console.log('b1'); await null; console.log('b2'); await 'x'; console.log('b3'); }
a();
b();
console.log('sync');
