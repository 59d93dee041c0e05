process.nextTick(() => {
  undefinedFunction();
});
