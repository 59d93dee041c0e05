for (const v of [() => {}, Symbol('q'), { f() {} }, new WeakMap(), Promise.resolve(), new Proxy({}, {}), { a: Symbol('x') }, [function named() {}], new WeakSet(), new WeakRef({})]) {
  try { structuredClone(v); console.log('cloned'); } catch (e) { console.log(e.name, e.constructor.name, e.message, e.code); }
}
const c = structuredClone({ d: new Date(0), r: /x/g, m: new Map([[1, 2]]), e: new TypeError('t'), b: Buffer.from('a') });
// The cloned error's stack names this file's absolute path: print its other parts.
const { e, ...rest } = c;
console.log(rest, e instanceof TypeError, e.name, e.message, typeof e.stack);
