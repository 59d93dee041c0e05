// Exercise: order the lines.
async function a() {
  console.log('a1');
  await b();
  console.log('a2');
}
async function b() {
  console.log('b');
}
a();
Promise.resolve().then(() => console.log('then'));
console.log('end');
