//! `require('string_decoder')`: Node 20's `StringDecoder` (lib/string_decoder.js), its state kept by the Rust port of src/string_decoder.cc behind a handle.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`
// with the path `node:string_decoder`.
'use strict';

const kNativeDecoder = Symbol('kNativeDecoder');

/** `new StringDecoder(encoding)`: `ERR_UNKNOWN_ENCODING` for a name Node does not know. */
function StringDecoder(encoding) {
  const handle = native.stringDecoderNew(encoding);
  this.encoding = native.stringDecoderEncoding(handle);
  // Not enumerable, unlike Node's, so that printing a decoder does not show the handle.
  Object.defineProperty(this, kNativeDecoder, { value: handle, writable: true, configurable: true });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return native.stringDecoderWrite(this[kNativeDecoder], buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  return ret + native.stringDecoderFlush(this[kNativeDecoder]);
};

StringDecoder.prototype.text = function text(buf, offset) {
  native.stringDecoderReset(this[kNativeDecoder]);
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return native.stringDecoderState(this[kNativeDecoder])[2]; },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return native.stringDecoderState(this[kNativeDecoder])[0]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return native.stringDecoderState(this[kNativeDecoder])[1]; },
  },
});

return { StringDecoder };
