// Awaiting a non-native thenable costs an extra job: its then() is called in a microtask.
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('T'); } };
async function f() {
  const v = await thenable;
  console.log('after await thenable', v);
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
