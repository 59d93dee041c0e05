//! `require('string_decoder')`: Node 20's `StringDecoder` (lib/string_decoder.js), its state kept by the Rust port of src/string_decoder.cc behind a handle and mirrored, as in Node, in a 7-byte Buffer.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`
// with the path `node:string_decoder`. Its Buffer is buffer.js's.
'use strict';

const { Buffer } = internals.loadBuiltin('buffer');
const kNativeDecoder = Symbol('kNativeDecoder');
const kHandle = Symbol('kHandle');
// The state Buffer's layout (src/string_decoder.h).
const kMissingBytes = 4;
const kBufferedBytes = 5;

/** `new StringDecoder(encoding)`: `ERR_UNKNOWN_ENCODING` for a name Node does not know. */
function StringDecoder(encoding) {
  const handle = native.stringDecoderNew(encoding);
  this.encoding = native.stringDecoderEncoding(handle);
  this[kNativeDecoder] = Buffer.alloc(7);
  Object.defineProperty(this, kHandle, { value: handle, writable: true, configurable: true });
  native.stringDecoderSync(handle, this[kNativeDecoder]);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return native.stringDecoderWrite(this[kHandle], buf, this[kNativeDecoder]);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  return ret + native.stringDecoderFlush(this[kHandle], this[kNativeDecoder]);
};

StringDecoder.prototype.text = function text(buf, offset) {
  native.stringDecoderReset(this[kHandle], this[kNativeDecoder]);
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

return { StringDecoder };
