// CommonJS modules are sloppy unless 'use strict': a plain function call gets globalThis as `this`.
console.log((function () { return this === globalThis; })());
console.log((function () { 'use strict'; return this; })());
