// Engine built-ins print as V8's native functions, whatever looplab puts behind them
// (Promise.prototype.then and Error.captureStackTrace are wrapped by its prelude).
for (const f of [Promise.prototype.then, Promise.prototype.catch, Error.captureStackTrace, Map.prototype.get, RegExp.prototype.test, Array.prototype.map, JSON.parse, Function]) {
  console.log(String(f), f.name, f.length);
}
console.log(Function.prototype.toString.call(Promise.prototype.then) === 'function then() { [native code] }');
