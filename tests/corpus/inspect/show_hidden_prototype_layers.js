// showHidden on objects whose prototypes hold data: layers, shadowing, built-in stops, iterators.
const util = require('util');
const sh = (v) => console.log(util.inspect(v, { showHidden: true }));
sh(new Map([[1, 2]]).entries());
sh({ a: 1 });
sh([1, 2]);
sh(new Error('e').message);
sh(Promise.resolve(1));
sh(new Map([[1, 2]]));
class P { constructor() { this.a = 1; } }
P.prototype.shared = [1, 2];
Object.defineProperty(P.prototype, 'hid', { value: 'h', enumerable: false });
sh(new P());
sh({ nested: new P() });
sh(Object.create(new P()));
const l1 = { a: 1 }; const l2 = Object.create(l1); l2.b = 2; const l3 = Object.create(l2); l3.c = 3; const l4 = Object.create(l3);
sh(l4);
sh(new (class extends Map { })());
sh(async function* () {}());
sh(new Date(0));
sh(/re/g);
sh(Object.create(Array.prototype));
sh(new URL('https://a.b/c').searchParams);
