async function a() { console.log('a start'); await null; console.log('a after await'); await null; console.log('a end'); }
async function b() { console.log('b start'); await Promise.resolve(); console.log('b end'); }
a(); b();
Promise.resolve().then(() => console.log('then'));
console.log('sync');
