// A rejection passes through skipped then() links one job each, so the catch runs late relative to another chain.
Promise.reject(new Error('x'))
  .then(() => {})
  .then(() => {})
  .catch(() => console.log('catch (after 2 skipped links)'));
Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3'));
