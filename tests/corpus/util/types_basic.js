// util.types predicates on the common kinds of value.
const { types } = require('util');
const values = [new Date(), /x/, new Map(), new Set(), new WeakMap(), new WeakSet(), Promise.resolve(), new Error('e'), new TypeError('t'), {}, [], null, 1];
for (const name of ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isPromise', 'isNativeError']) {
  console.log(name, values.map((v) => (types[name](v) ? 1 : 0)).join(''));
}
