// Buffer.alloc validates the size: a number between 0 and buffer.constants.MAX_LENGTH.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('-1', () => Buffer.alloc(-1));
attempt('string', () => Buffer.alloc('5'));
attempt('NaN', () => Buffer.alloc(NaN));
attempt('too big', () => Buffer.alloc(2 ** 33));
attempt('Infinity', () => Buffer.alloc(Infinity));
attempt('undefined', () => Buffer.alloc());
attempt('allocUnsafe -5', () => Buffer.allocUnsafe(-5));
attempt('allocUnsafeSlow null', () => Buffer.allocUnsafeSlow(null));
