// Boxed primitives.
const { types } = require('util');
const vals = [new String('s'), new Number(1), new Boolean(false), Object(1n), Object(Symbol('s')), 's', 1, {}];
for (const name of ['isBoxedPrimitive', 'isStringObject', 'isNumberObject', 'isBooleanObject', 'isBigIntObject', 'isSymbolObject']) {
  console.log(name, vals.map((v) => (types[name](v) ? 1 : 0)).join(''));
}
(function () { console.log(types.isArgumentsObject(arguments), types.isArgumentsObject([])); })();
