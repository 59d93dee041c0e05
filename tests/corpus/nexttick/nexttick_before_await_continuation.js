// In CommonJS, a nextTick queued by the main script runs before code after an `await` of an already settled value.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
}
f();
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
