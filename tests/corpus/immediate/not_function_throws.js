// setImmediate with a non-function throws a TypeError with code ERR_INVALID_ARG_TYPE.
try {
  setImmediate('nope');
} catch (e) {
  console.log(e instanceof TypeError, e.code);
}
