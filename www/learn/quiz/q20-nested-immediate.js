setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
