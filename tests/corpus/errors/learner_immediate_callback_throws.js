setImmediate(() => {
  null.length;
});
