// Buffer.from rejects numbers, null, undefined and plain objects with ERR_INVALID_ARG_TYPE.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('number', () => Buffer.from(5));
attempt('null', () => Buffer.from(null));
attempt('undefined', () => Buffer.from(undefined));
attempt('object', () => Buffer.from({}));
attempt('boolean', () => Buffer.from(true));
attempt('symbol', () => Buffer.from(Symbol('s')));
attempt('function', () => Buffer.from(function named() {}));
