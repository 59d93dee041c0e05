// The executor of an awaited promise runs synchronously; await 0 costs one tick.
async function run() {
  console.log(1);
  await new Promise(r => { console.log(2); r(); console.log(3); });
  console.log(4);
  await 0;
  console.log(5);
}
run();
Promise.resolve().then(() => console.log('x')).then(() => console.log('y')).then(() => console.log('z'));
console.log(6);
