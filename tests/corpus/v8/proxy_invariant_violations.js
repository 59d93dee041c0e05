// Each proxy invariant V8 checks, with its words: the trap, the property and the values.
const t = {};
Object.defineProperty(t, 'x', { value: 1, writable: false, configurable: false });
const cases = [
  ['get', () => new Proxy(t, { get: () => 2 }).x],
  ['set-strict', () => { 'use strict'; new Proxy({}, { set: () => false }).x = 1; }],
  ['set-sloppy', () => { new Proxy({}, { set: () => false }).x = 1; return 'ok'; }],
  ['defineProperty', () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), 'x', { value: 1 })],
  ['deleteProperty-strict', () => { 'use strict'; delete new Proxy({}, { deleteProperty: () => false }).x; }],
  ['deleteProperty-nc', () => delete new Proxy(t, { deleteProperty: () => true }).x],
  ['ownKeys-missing', () => Object.keys(new Proxy(t, { ownKeys: () => [] }))],
  ['ownKeys-nonobj', () => Object.keys(new Proxy({}, { ownKeys: () => 5 }))],
  ['ownKeys-badel', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => [1] }))],
  ['ownKeys-dup', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ['a', 'a'] }))],
  ['getPrototypeOf', () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf: () => Array.prototype }))],
  ['getPrototypeOf-nonobj', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 5 }))],
  ['has', () => 'x' in new Proxy(t, { has: () => false })],
  ['revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy.x; }],
  ['revoked-set', () => { const r = Proxy.revocable({}, {}); r.revoke(); r.proxy.x = 1; }],
  ['revoked-has', () => { const r = Proxy.revocable({}, {}); r.revoke(); return 'x' in r.proxy; }],
  ['getOwnPropertyDescriptor', () => Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor: () => undefined }), 'x')],
  ['gopd-nonobj', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 5 }), 'x')],
  ['set-nc', () => { new Proxy(t, { set: () => true }).x = 5; }],
  ['preventExtensions', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true }))],
  ['preventExtensions-false', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false }))],
  ['isExtensible', () => Object.isExtensible(new Proxy({}, { isExtensible: () => false }))],
  ['setPrototypeOf-false', () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null)],
  ['construct-nonobj', () => new (new Proxy(function () {}, { construct: () => 1 }))()],
  ['trap-not-fn', () => new Proxy({}, { get: 5 }).x],
  ['new Proxy nonobj', () => new Proxy(1, {})],
  ['defineProperty-nc', () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), 'x', { value: 1, configurable: false })],
];
for (const [name, f] of cases) {
  try { console.log(name, f()); } catch (e) { console.log(name, '->', e.constructor.name + ': ' + e.message); }
}
