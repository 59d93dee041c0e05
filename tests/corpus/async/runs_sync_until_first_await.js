// An async function runs synchronously up to its first await.
async function f() {
  console.log('f: before await');
  await undefined;
  console.log('f: after await');
}
console.log('before call');
const p = f();
console.log('after call, got a', p.constructor.name);
