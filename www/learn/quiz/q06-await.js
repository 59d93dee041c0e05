async function f() {
  console.log('f starts');
  await null;
  console.log('f ends');
}
f();
console.log('main');
