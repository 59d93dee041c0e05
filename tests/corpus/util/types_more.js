// More util.types checks: proxies, promises, async functions, weak collections.
const { types } = require('util');
console.log(types.isProxy(new Proxy({}, {})), types.isProxy({}));
console.log(types.isPromise(Promise.resolve()), types.isPromise({ then() {} }));
console.log(types.isAsyncFunction(async () => {}), types.isAsyncFunction(() => {}));
console.log(types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()));
console.log(types.isWeakMap(new WeakMap()), types.isWeakSet(new WeakSet()), types.isWeakMap(new Map()));
console.log(types.isExternal({}), types.isModuleNamespaceObject({}));
console.log(types.isNativeError(new TypeError('x')), types.isNativeError({ name: 'Error', message: '' }));
console.log(types.isBoxedPrimitive(Object(1n)), types.isBoxedPrimitive(1));
console.log(Object.keys(types).length > 40);
