// The Promise executor runs synchronously; only then callbacks are deferred.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor');
  resolve('value');
  console.log('executor after resolve');
});
p.then((v) => console.log('then', v));
console.log('after');
