// Inside setImmediate: a nested setImmediate and a setTimeout(0).
setImmediate(() => {
  console.log('outer immediate');
  setTimeout(() => console.log('timeout in immediate'), 0);
  setImmediate(() => {
    console.log('nested immediate');
    setImmediate(() => console.log('nested nested immediate'));
  });
  process.nextTick(() => console.log('tick in immediate'));
});
setImmediate(() => console.log('second immediate'));
