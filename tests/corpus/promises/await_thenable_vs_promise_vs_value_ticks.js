const thenable = { then(r) { console.log('then called'); r('T'); } };
async function a() { console.log('a start'); const v = await thenable; console.log('a', v); }
async function b() { console.log('b start'); const v = await Promise.resolve('P'); console.log('b', v); }
async function c() { console.log('c start'); const v = await 'V'; console.log('c', v); }
a(); b(); c();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('end');
