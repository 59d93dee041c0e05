// Returning a non-native thenable from then() costs one extra job (its then is called in a job).
Promise.resolve().then(() => ({ then(r) { console.log('thenable.then'); r('T'); } }))
  .then((v) => console.log('got', v));
Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2'))
  .then(() => console.log('c3')).then(() => console.log('c4'));
