const { types } = require('util');
const checks = ['isPromise', 'isRegExp', 'isDate', 'isMap', 'isSet', 'isWeakMap', 'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isArrayBuffer', 'isSharedArrayBuffer', 'isAnyArrayBuffer', 'isTypedArray', 'isUint8Array', 'isDataView', 'isBoxedPrimitive', 'isNativeError', 'isProxy', 'isArgumentsObject', 'isMapIterator', 'isSetIterator', 'isModuleNamespaceObject', 'isKeyObject', 'isCryptoKey', 'isExternal', 'isWeakSet', 'isBigInt64Array', 'isSymbolObject'];
const values = { promise: Promise.resolve(), re: /x/, date: new Date(), map: new Map(), gen: (function* () {})(), ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1), u8: new Uint8Array(1), dv: new DataView(new ArrayBuffer(1)), boxed: Object(1), err: new RangeError(), proxy: new Proxy({}, {}), args: (function () { return arguments; })(), mapIter: new Map().keys(), afn: async () => {}, sym: Object(Symbol()) };
for (const [name, v] of Object.entries(values)) {
  console.log(name.padEnd(8), checks.filter((c) => types[c](v)).join(' '));
}
console.log(Object.keys(types).length);
