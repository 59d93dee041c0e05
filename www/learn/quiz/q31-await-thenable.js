async function f() {
  console.log('f');
  await Promise.resolve();
  console.log('after await');
}
f();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
