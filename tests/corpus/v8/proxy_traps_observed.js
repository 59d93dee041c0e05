'use strict';
// Traps see what V8 gives them (logging, validation, functions, revoked proxies), and a
// falsish set or delete fails in strict code with V8's words.
const log = [];
const target = { name: 'Ada', age: 36 };
const handler = {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v) { if (k === 'age' && typeof v !== 'number') return false; t[k] = v; return true; },
  has(t, k) { log.push(`has ${String(k)}`); return k in t; },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push(`gopd ${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); },
  deleteProperty(t, k) { if (k === 'name') return false; delete t[k]; return true; },
};
const p = new Proxy(target, handler);
console.log(p.name, 'age' in p, Object.keys(p), { ...p });
for (const k in p) console.log('key', k);
console.log(JSON.stringify(p));
try { p.age = 'old'; } catch (e) { console.log(e.message); }
try { delete p.name; } catch (e) { console.log(e.message); }
console.log(log.join(','));
const fp = new Proxy(function add(a, b) { return a + b; }, {
  apply(t, thisArg, args) { return t(...args) * 10; },
});
console.log(fp(1, 2), typeof fp, fp.name, fp.length);
const cp = new Proxy(class Point { constructor(x) { this.x = x; } }, {
  construct(t, args) { return new t(args[0] * 2); },
});
console.log(new cp(3));
const plain = new Proxy(function thrower() { throw new Error('inner'); }, {});
try { plain(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).map(l => l.replace(/\(.*[\\/]/, '(')).join('\n')); }
const arr = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arr), arr.length, arr.map(x => x * 2), [...arr]);
console.log(p);
const r = Proxy.revocable({ a: 1 }, {});
console.log(r.proxy.a);
r.revoke();
for (const f of [() => r.proxy.a, () => { r.proxy.a = 2; }, () => 'a' in r.proxy, () => Object.keys(r.proxy), () => delete r.proxy.a, () => Object.getPrototypeOf(r.proxy)]) {
  try { f(); } catch (e) { console.log(e.message); }
}
const withProtoProxy = Object.create(new Proxy({}, { get(t, k, rcv) { return typeof k === 'string' ? `dyn:${k}` : undefined; } }));
console.log(withProtoProxy.hello);
const neg = new Proxy([10, 20, 30], { get(t, k, rcv) { const i = Number(k); return Number.isInteger(i) && i < 0 ? t[t.length + i] : Reflect.get(t, k, rcv); } });
console.log(neg[-1], neg[0]);
const validator = new Proxy({}, { set(obj, prop, value) { if (prop === 'age' && !Number.isInteger(value)) throw new TypeError('The age is not an integer'); obj[prop] = value; return true; } });
try { validator.age = 'young'; } catch (e) { console.log(e.message); }
validator.age = 30; console.log(validator.age);
