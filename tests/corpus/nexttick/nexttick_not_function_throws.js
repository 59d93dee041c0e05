// process.nextTick with a non-function throws a TypeError with code ERR_INVALID_ARG_TYPE, synchronously.
try {
  process.nextTick('nope');
} catch (e) {
  console.log(e instanceof TypeError, e.code);
}
console.log('after');
