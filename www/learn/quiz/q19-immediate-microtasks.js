setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
