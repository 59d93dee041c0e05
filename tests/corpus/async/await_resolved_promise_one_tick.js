// Awaiting an already-resolved native promise also takes one microtask (no extra wrapping since V8 7.2).
async function f() {
  await Promise.resolve();
  console.log('after await promise');
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
