// The deprecated util.is* type checks still answer.
const util = require('util');
const values = [null, undefined, 0, 'str', true, Symbol('s'), [], {}, () => {}, /r/, new Date(0), new Error('e'), Buffer.alloc(1)];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const c of checks) console.log(c.padEnd(18), values.map((v) => (util[c](v) ? 1 : 0)).join(''));
