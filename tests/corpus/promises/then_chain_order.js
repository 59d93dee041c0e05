// Each link of a then chain runs in its own microtask, passing values along.
Promise.resolve(1)
  .then((v) => { console.log('then', v); return v + 1; })
  .then((v) => { console.log('then', v); return v * 10; })
  .then((v) => console.log('then', v));
console.log('sync');
