function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const frozen = Object.freeze({ a: 1 });
const sealed = Object.seal({ b: 2 });
const locked = Object.preventExtensions({ c: 3 });
show(() => Object.defineProperty(frozen, 'a', { value: 2 }));
show(() => Object.defineProperty(frozen, 'z', { value: 2 }));
show(() => Object.defineProperty(sealed, 'b', { get() { return 1; } }));
show(() => Object.defineProperty(sealed, 'b', { value: 5 }).b);
show(() => Object.defineProperty(locked, 'd', { value: 4 }));
show(() => Object.defineProperties(frozen, { a: { value: 9 } }));
show(() => Reflect.defineProperty(frozen, 'a', { value: 2 }));
show(() => Object.setPrototypeOf(frozen, null));
show(() => Object.assign(frozen, { a: 3 }));
show(() => { 'use strict'; frozen.a = 5; });
show(() => { 'use strict'; frozen.q = 5; });
show(() => { 'use strict'; locked.q = 5; });
show(() => { 'use strict'; delete frozen.a; });
show(() => { 'use strict'; delete sealed.b; });
show(() => { 'use strict'; delete Object.prototype; });
show(() => { 'use strict'; delete [].length; });
show(() => { 'use strict'; const arr = Object.freeze([1, 2]); arr.push(3); });
show(() => { 'use strict'; const arr = Object.freeze([1, 2]); arr[0] = 9; });
show(() => { 'use strict'; const arr = Object.freeze([1, 2]); arr.length = 0; });
show(() => { 'use strict'; 'abc'.length = 1; });
show(() => { 'use strict'; 'abc'[0] = 'x'; });
show(() => { 'use strict'; (5).x = 1; });
show(() => { 'use strict'; Math.PI = 3; });
show(() => { 'use strict'; undefined = 1; });
