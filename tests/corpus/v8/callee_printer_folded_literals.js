// V8's parser folds literal operations before its call printer sees them: `!1` is false,
// `1 + 2` is 3, `-1` and `~1` are numbers; a string or a name keeps the operation.
function tryCall(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, '->', e.message);
  }
}
const n = 4;
tryCall('sum', () => (1 + 2)());
tryCall('product', () => (2 * 3)());
tryCall('power', () => (2 ** 3)());
tryCall('bitwise or', () => (5 | 2)());
tryCall('shift', () => (1 << 4)());
tryCall('negative', () => (-1)());
tryCall('tilde', () => (~1)());
tryCall('not zero', () => (!0)());
tryCall('not string', () => (!'')());
tryCall('fraction', () => (1.5)());
tryCall('big', () => (1e21)());
tryCall('string minus', () => (1 - 'x')());
tryCall('string plus', () => ('a' + 'b')());
tryCall('name plus', () => (n + 1)());
tryCall('plus name', () => (+n)());
tryCall('bigint', () => 1n());
