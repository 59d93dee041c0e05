async function f() {
  console.log('inside f');
}
f();
console.log('after f()');
