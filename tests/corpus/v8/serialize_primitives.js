// V8's wire format for primitives: a header (ff 0f), then one tag per value.
const v8 = require('node:v8');
const values = [undefined, null, true, false, 0, 1, -1, 63, 64, -64, -65, 42, 1000, 2 ** 30, 2 ** 31 - 1, -(2 ** 31), 2 ** 31,
  -(2 ** 31) - 1, 1.5, -2.25, NaN, -0, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.EPSILON,
  0n, 1n, -1n, 255n, 2n ** 63n, 2n ** 64n, -(2n ** 64n) - 1n, 123456789012345678901234567890n];
for (const value of values) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  console.log(String(value) + (typeof value === 'bigint' ? 'n' : ''), bytes.toString('hex'), Object.is(back, value));
}
