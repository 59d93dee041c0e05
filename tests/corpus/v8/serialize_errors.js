const v8 = require('node:v8');
for (const value of [() => 1, function named() {}, Symbol('tag'), { method() {} }, [Symbol.iterator], new WeakMap(), new WeakSet(),
  Promise.resolve(1), new Proxy({}, {}), new WeakRef({}), new Map([[1, () => {}]]), new Set([Symbol('s')]), new SharedArrayBuffer(1)]) {
  try {
    v8.serialize(value);
    console.log('serialized');
  } catch (err) {
    console.log(err.name, err.constructor === Error, err.message, err.code);
  }
}
for (const hex of ['', 'ff0f', '00', 'ff0f49', 'ff0f6f', 'ff0f5f00', 'ff0f22ff', 'ff0f5e05', 'ff0f7b']) {
  try {
    console.log(JSON.stringify(hex), v8.deserialize(Buffer.from(hex, 'hex')));
  } catch (err) {
    console.log(JSON.stringify(hex), err.name, err.message);
  }
}
for (const bad of ['ff0f49', 42, null, [255, 15, 73, 2]]) {
  try {
    console.log(v8.deserialize(bad));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const restored = v8.deserialize(v8.serialize({ error: new RangeError('out of range'), plain: new Error('plain') }));
console.log(restored.error instanceof RangeError, restored.error.message, restored.plain.name, typeof restored.plain.stack);
