// An async function returning a thenable object adopts its value.
async function f() {
  return { then(resolve) { resolve('from thenable'); } };
}
f().then((v) => console.log(v));
console.log('sync');
