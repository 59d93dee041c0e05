// Awaiting a promise that never settles: the rest of the function never runs and the process simply exits.
async function f() {
  console.log('before await');
  await new Promise(() => {});
  console.log('never');
}
f();
console.log('script end');
