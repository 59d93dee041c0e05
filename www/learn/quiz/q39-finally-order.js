Promise.resolve('x')
  .finally(() => console.log('finally'))
  .then((v) => console.log('then', v));
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2'));
