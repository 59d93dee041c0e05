// A temporal-dead-zone error thrown in an immediate.
setImmediate(() => {
  console.log(value);
  let value = 1;
});
