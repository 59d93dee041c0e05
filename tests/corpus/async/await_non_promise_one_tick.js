// `await 42` takes one microtask, like a single then().
async function f() {
  await 42;
  console.log('after await 42');
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
