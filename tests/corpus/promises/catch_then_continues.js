// After catch() handles a rejection, the chain continues fulfilled; thens before the catch are skipped.
Promise.reject(new Error('bad'))
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('then', v));
