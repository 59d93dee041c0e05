async function a() { console.log('a1'); await b(); console.log('a2'); }
async function b() { console.log('b1'); await c(); console.log('b2'); }
async function c() { console.log('c1'); }
a().then(() => console.log('a done'));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('sync');
