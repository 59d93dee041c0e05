//! The `WebAssembly` namespace object as V8 gives Node 20 one, without a WebAssembly engine.
// Evaluated as `(function (native, internals, global) { ... return exports; })`; registered as
// `internal/webassembly`. Boa runs no WebAssembly, so the namespace has V8's shape (its five
// functions, its constructors, `[object WebAssembly]`) and says so when asked to run a module:
// `validate` answers for what a header tells (a bad magic number or version is invalid, a
// module of the header alone is valid) and the rest reject or throw ERR_LOOPLAB_NOT_MODELLED.
'use strict';

const { codedError } = internals;
const notModelled = () => codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED',
  'WebAssembly is not available in the playground: the engine runs no WebAssembly');

// V8's BufferSource check (`WebAssembly.validate(): Argument 0 must be a buffer source`).
function bytesOf(method, source) {
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  throw new TypeError(`WebAssembly.${method}(): Argument 0 must be a buffer source`);
}

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

const namespace = {
  compile(source) {
    try { bytesOf('compile', source); } catch (err) { return Promise.reject(err); }
    return Promise.reject(notModelled());
  },
  validate(source) {
    const bytes = bytesOf('validate', source);
    if (bytes.length < HEADER.length || HEADER.some((b, i) => bytes[i] !== b)) return false;
    if (bytes.length === HEADER.length) return true;
    throw notModelled();
  },
  instantiate() { return Promise.reject(notModelled()); },
  compileStreaming() { return Promise.reject(notModelled()); },
  instantiateStreaming() { return Promise.reject(notModelled()); },
};
const WebAssembly = {};
for (const [name, f] of Object.entries(namespace)) {
  Object.defineProperty(WebAssembly, name, { value: f, writable: true, enumerable: true, configurable: true });
}
// The constructors, not enumerable (inspect does not show them).
function constructor(name) {
  const klass = { [name]: class { constructor() { throw notModelled(); } } }[name];
  Object.defineProperty(WebAssembly, name, { value: klass, writable: true, enumerable: false, configurable: true });
}
for (const name of ['Module', 'Instance', 'Table', 'Memory', 'Global', 'Tag', 'Exception']) constructor(name);
for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
  const klass = { [name]: class extends Error {} }[name];
  Object.defineProperty(klass.prototype, 'name', { value: name, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(WebAssembly, name, { value: klass, writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });
if (!Object.prototype.hasOwnProperty.call(global, 'WebAssembly')) {
  Object.defineProperty(global, 'WebAssembly', { value: WebAssembly, writable: true, configurable: true, enumerable: false });
}

return WebAssembly;
