//! lib/internal/streams/lazy_transform.js: a Hash or a Cipher is a Transform stream, but its
//! stream state is made only when stream methods first touch it.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { Transform } = internals.loadBuiltin('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);
for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
    configurable: true,
    enumerable: true,
  });
}

return { LazyTransform };
