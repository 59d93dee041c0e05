//! `require('buffer')`, shaped as Node 20's lib/buffer.js: `FastBuffer`, the 8 KiB pool, `Buffer.from`'s dispatch and the module's neighbours (atob/btoa, TextEncoder/TextDecoder, Blob/File, DOMException) in JavaScript; the byte work in src/buffer_natives.rs.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`
// with the path `node:buffer`, so its frames are never shown as the user's. Most of
// Buffer.prototype is natives installed as they are (`toString`, `fill`, every accessor...).
'use strict';

const { codedError, process } = internals;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------- DOMException (a Node global)
const domExceptionCodes = {
  IndexSizeError: 1, DOMStringSizeError: 2, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoDataAllowedError: 6, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, ValidationError: 16,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
// As in Node: `name`, `message` and `code` live on the prototype, the instance owns only its
// `stack` (here an engine error underneath, so that inspection shows it as the error it is).
class DOMException extends Error {
  #name;
  #message;
  constructor(message = '', options = 'Error') {
    message = `${message}`;
    super(message);
    let name = 'Error';
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
      }
      if ('name' in options) name = `${options.name}`;
    } else {
      name = `${options}`;
    }
    this.#name = name;
    this.#message = message;
    delete this.message;
    Object.defineProperty(this, 'stack', { value: this.stack, configurable: true, writable: true, enumerable: false });
  }
  get name() { return this.#name; }
  get message() { return this.#message; }
  get code() { return domExceptionCodes[this.#name] || 0; }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
// WebIDL attributes are enumerable.
for (const name of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, name, { enumerable: true });
}
// WebIDL's legacy code constants, on the constructor and its prototype (codes 1 to 25).
['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR',
  'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR',
  'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
  'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'].forEach((name, i) => {
  for (const target of [DOMException, DOMException.prototype]) {
    Object.defineProperty(target, name, { value: i + 1, writable: false, enumerable: true, configurable: false });
  }
});

// ---------------------------------------------------------------- errors
// The natives throw through this factory: Node's `code`, and the `stack` header with it unless
// Node throws the error from C++ (`plain`).
function nodeError(Base, code, message) {
  // Node's errors carry their own `toString`, so `String(e)` shows the code too.
  const err = codedError(Base, code, message);
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

function makeError(kind, code, message, plain) {
  if (kind === 'DOMException') return new DOMException(message, code);
  const Base = kind === 'RangeError' ? RangeError : kind === 'TypeError' ? TypeError : Error;
  if (code === undefined) return new Base(message);
  if (!plain) return nodeError(Base, code, message);
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

// ---------------------------------------------------------------- FastBuffer, Buffer
class FastBuffer extends Uint8Array {
  // Three explicit arguments: `new FastBuffer(arrayBuffer, byteOffset, length)` views memory.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}


const kMaxLength = native.kMaxLength;
const kStringMaxLength = native.kStringMaxLength;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

/** The deprecated `Buffer(arg, encodingOrOffset, length)`, callable with or without `new`. */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw native.invalidArgTypeError('string', ['string'], arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
native.setup(FastBuffer, makeError, Buffer);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });

const proto = FastBuffer.prototype;
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Buffer.prototype = proto;
Object.setPrototypeOf(Buffer, Uint8Array);

// ---------------------------------------------------------------- the pool
// Small Buffers are views of a shared ArrayBuffer of `Buffer.poolSize` bytes, as in Node; the
// pool itself (`allocPool`, `poolOffset`) lives in the natives.
Buffer.poolSize = 8 * 1024;

function createUnsafeBuffer(size) {
  return native.create(size);
}

/** Small sizes come from the pool, larger ones get their own memory. */
function allocate(size) {
  return native.allocate(size, Buffer.poolSize);
}

// ---------------------------------------------------------------- creation
function fromArrayLike(obj) {
  return native.fromArrayLike(obj, Buffer.poolSize);
}

Buffer.from = native.from;

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  const bytes = native.copyBytesFromView(view, offset, length);
  if (bytes.length === 0) return native.create();
  return fromArrayLike(bytes);
};

const of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};
Buffer.of = of;

Buffer.alloc = function alloc(size, fill, encoding) {
  size = native.validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return Reflect.apply(native.fill, buf, [fill, 0, buf.length, encoding]);
  }
  return native.create(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  return allocate(native.validateSize(size));
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  return createUnsafeBuffer(native.validateSize(size));
};

function SlowBuffer(size) {
  return createUnsafeBuffer(native.validateSize(size));
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = native.compareStatic;
Buffer.isEncoding = native.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw native.invalidArgTypeError('list', ['Array'], list, true);
  if (list.length === 0) return native.create();
  const buffer = Buffer.allocUnsafe(native.concatLength(list, length));
  native.concatCopy(list, buffer);
  return buffer;
};

Buffer.byteLength = native.byteLength;

// ---------------------------------------------------------------- Buffer.prototype
// In Node's order: the accessors (with their lowercase `Uint` aliases), the C++ slices and
// writes, then the methods of lib/buffer.js.
const accessorNames = [
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE',
  'readBigInt64LE', 'readBigInt64BE',
  'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE',
  'writeBigInt64LE', 'writeBigInt64BE',
  'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8',
  'readUIntBE', 'readUInt32BE', 'readUInt16BE',
  'readUintLE', 'readUint32LE', 'readUint16LE', 'readUint8',
  'readUintBE', 'readUint32BE', 'readUint16BE',
  'readIntLE', 'readInt32LE', 'readInt16LE', 'readInt8',
  'readIntBE', 'readInt32BE', 'readInt16BE',
  'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8',
  'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE',
  'writeUintLE', 'writeUint32LE', 'writeUint16LE', 'writeUint8',
  'writeUintBE', 'writeUint32BE', 'writeUint16BE',
  'writeIntLE', 'writeInt32LE', 'writeInt16LE', 'writeInt8',
  'writeIntBE', 'writeInt32BE', 'writeInt16BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
];
for (const name of accessorNames) {
  proto[name] = native.accessors[name.replace('Uint', 'UInt')];
}
for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  proto[`${enc}Slice`] = native[`${enc}Slice`];
}
for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  proto[`${enc}Write`] = native[`${enc}Write`];
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.copy = native.copy;
proto.toString = native.toString;
proto.equals = native.equals;

// `util.inspect(buf)`: lib/buffer.js's own inspect, line for line: the first
// `INSPECT_MAX_BYTES` bytes in hex (the current value of the module's setting, so a fractional
// one shows as Node shows it), then, when called with an inspect context, the own non-index
// properties, formatted by util.inspect as a null-prototype object cut to its body.
const isIndexKey = (key) => typeof key === 'string' && key !== '' && String(key >>> 0) === key && key !== '4294967295';
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = this.hexSlice(0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Inspect special properties as they are normally not visible without a proxy.
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of Reflect.ownKeys(this)) {
      if (isIndexKey(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {'.length === 26
      str += internals.inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];
// util.inspect formats a Buffer in Rust while this function is still its custom inspect.
native.registerInspect(proto[customInspectSymbol]);

proto.compare = native.compare;
proto.indexOf = native.indexOf;
proto.lastIndexOf = native.lastIndexOf;
proto.includes = native.includes;
proto.fill = native.fill;
proto.write = native.write;
proto.toJSON = native.toJSON;
proto.subarray = native.subarray;
proto.slice = native.slice;
proto.swap16 = native.swap16;
proto.swap32 = native.swap32;
proto.swap64 = native.swap64;
proto.toLocaleString = proto.toString;

// ---------------------------------------------------------------- TextEncoder / TextDecoder
class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return new Uint8Array(native.utf8Encode(`${input}`));
  }
  encodeInto(src, dest) {
    return native.encodeInto(src, dest);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
TextEncoder.prototype[customInspectSymbol] = function (depth, opts, inspect) {
  if (typeof depth === 'number' && depth < 0) return this;
  const obj = { encoding: this.encoding };
  return typeof inspect === 'function' ? inspect(obj, opts) : `{ encoding: '${obj.encoding}' }`;
};

function validateOptionsObject(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw native.invalidArgTypeError('options', ['object'], options, true);
  }
}

class TextDecoder {
  #handle;
  #fatal;
  #ignoreBOM;
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptionsObject(options);
    const fatal = Boolean(options !== null && options.fatal);
    const ignoreBOM = Boolean(options !== null && options.ignoreBOM);
    this.#handle = native.textDecoderNew(encoding, fatal, ignoreBOM);
    this.#fatal = fatal;
    this.#ignoreBOM = ignoreBOM;
  }
  get encoding() { return native.textDecoderEncoding(this.#handle); }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = undefined, options = {}) {
    validateOptionsObject(options);
    return native.textDecoderDecode(this.#handle, input, Boolean(options !== null && options.stream));
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
TextDecoder.prototype[customInspectSymbol] = function (depth, opts, inspect) {
  if (typeof depth === 'number' && depth < 0) return this;
  const ctor = this.constructor || TextDecoder;
  const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
  const body = typeof inspect === 'function'
    ? inspect(obj)
    : `{ encoding: '${obj.encoding}', fatal: ${obj.fatal}, ignoreBOM: ${obj.ignoreBOM} }`;
  return `${ctor.name} ${body}`;
};

// `Blob { size: 2, type: '' }` and `File { ..., name, lastModified }`.
function inspectBlobLike(name, fields, depth, options, inspect) {
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
  if (typeof inspect === 'function') return `${name} ${inspect(fields, opts)}`;
  return `${name} { ${Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' ? `'${v}'` : v}`).join(', ')} }`;
}

// ---------------------------------------------------------------- Blob, File
const disallowedTypeCharacters = /[^\x20-\x7E]/;
const textEncoder = new TextEncoder();

function blobType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

let blobBytesOf;
let blobPartsOf;
// The own properties Node's Blob keeps (lib/internal/blob.js): the native handle (an object V8
// names `Blob`), the size and the type. Only what a program sees of them is modelled: they are
// enumerable symbols, so past inspect's depth a Blob is `[Blob]`, not `Blob {}`.
const kHandle = Symbol('kHandle');
const kLength = Symbol('kLength');
const kType = Symbol('kType');
const BlobHandle = { Blob: class Blob {} }.Blob;

class Blob {
  #bytes;
  // The pieces Node's blob keeps (nested blobs flattened): its reader hands them out one pull
  // each, so `stream()` yields one chunk per piece.
  #parts;
  #type;
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw native.invalidArgTypeError('sources', ['a sequence'], sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw native.invalidArgTypeError('options', ['a dictionary'], options);
    }
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.endings' is invalid. Received '${endings}'`);
    }
    const parts = Array.from(sources, (source) => {
      if (source instanceof Blob) return blobPartsOf(source);
      if (native.isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
      if (ArrayBuffer.isView(source)) {
        return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
      }
      let text = `${source}`;
      if (endings === 'native') text = text.replace(/\r\n?/g, '\n');
      return textEncoder.encode(text);
    }).flat();
    let size = 0;
    for (const part of parts) size += part.length;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    this.#bytes = bytes;
    this.#parts = parts.filter((part) => part.length > 0);
    this.#type = blobType(type);
    this[kHandle] = new BlobHandle();
    this[kLength] = size;
    this[kType] = this.#type;
  }
  static {
    blobBytesOf = (blob) => blob.#bytes;
    blobPartsOf = (blob) => blob.#parts;
  }
  get size() { return this.#bytes.length; }
  get type() { return this.#type; }
  slice(start = 0, end = this.#bytes.length, contentType = '') {
    const length = this.#bytes.length;
    if (start < 0) start = Math.max(length + start, 0);
    else start = Math.min(start, length);
    if (end < 0) end = Math.max(length + end, 0);
    else end = Math.min(end, length);
    const span = Math.max(end - start, 0);
    // The slice keeps the pieces it overlaps, as Node's slice of a blob's data queue does.
    const pieces = [];
    let at = 0;
    for (const part of this.#parts) {
      const from = Math.max(start - at, 0);
      const to = Math.min(start + span - at, part.length);
      if (from < to) pieces.push(part.subarray(from, to));
      at += part.length;
    }
    const blob = new Blob(pieces);
    blob.#type = blobType(contentType);
    // Node makes a slice as a TransferableBlob: handle, then type, then length.
    delete blob[kType];
    delete blob[kLength];
    blob[kType] = blob.#type;
    blob[kLength] = span;
    return blob;
  }
  arrayBuffer() {
    // Node reads the blob through a reader that hands over one piece per pull, a microtask
    // apart, then the end.
    const copy = this.#bytes.slice().buffer;
    let pieces = this.#parts.length;
    return new Promise((resolve) => {
      const readNext = () => {
        if (pieces === 0) {
          resolve(copy);
          return;
        }
        pieces--;
        queueMicrotask(readNext);
      };
      readNext();
    });
  }
  stream() {
    const pieces = this.#parts.map((part) => part.slice());
    // The native reader's pull: a piece (status 1) or the end (status 0), called back at once.
    const reader = { pull: (callback) => (pieces.length ? callback(1, pieces.shift().buffer) : callback(0)) };
    const { ReadableStream } = internals['webstreams/readable'];
    // lib/internal/blob.js stream(): a byte stream pulling a piece at a time until the
    // queue is over its (zero) high-water mark.
    return new ReadableStream({
      type: 'bytes',
      start() {
        this.pendingPulls = [];
      },
      pull(c) {
        let settle;
        const promise = new Promise((resolve, reject) => { settle = { resolve, reject }; });
        this.pendingPulls.push(settle);
        const readNext = () => {
          reader.pull((status, buffer) => {
            if (this.pendingPulls.length === 0) return;
            if (status === 0) {
              c.close();
              c.byobRequest?.respond(0);
              this.pendingPulls.shift().resolve();
              return;
            }
            if (buffer !== undefined && buffer.byteLength !== 0) c.enqueue(new Uint8Array(buffer));
            queueMicrotask(() => {
              if (c.desiredSize < 0) {
                if (this.pendingPulls.length !== 0) this.pendingPulls.shift().resolve();
                return;
              }
              readNext();
            });
          });
        };
        readNext();
        return promise;
      },
      cancel(reason) {
        for (const pending of this.pendingPulls) pending.reject(reason);
        this.pendingPulls = [];
      },
    });
  }
  text() {
    const decoder = new TextDecoder();
    return this.arrayBuffer().then((buffer) => decoder.decode(buffer));
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
Blob.prototype[customInspectSymbol] = function (depth, options, inspect) {
  return inspectBlobLike('Blob', { size: this.size, type: this.type }, depth, options, inspect) ?? this;
};

class File extends Blob {
  #name;
  #lastModified;
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }
  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
File.prototype[customInspectSymbol] = function (depth, options, inspect) {
  const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
  return inspectBlobLike('File', fields, depth, options, inspect) ?? this;
};

function resolveObjectURL(url) {
  return undefined;
}

// ---------------------------------------------------------------- exports and globals
const exports = {
  Buffer,
  SlowBuffer,
  transcode: native.transcode,
  isUtf8: native.isUtf8,
  isAscii: native.isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: native.btoa,
  atob: native.atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};
Object.defineProperty(exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    if (typeof val !== 'number') throw native.invalidArgTypeError('INSPECT_MAX_BYTES', ['number'], val);
    if (!(val >= 0)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received ${val}`);
    }
    INSPECT_MAX_BYTES = val;
    native.setInspectMaxBytes(val);
  },
});

// Node marks these WebIDL interfaces' attributes and operations enumerable, in the order its
// classes define them.
for (const [klass, names] of [
  [TextEncoder, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']],
  [Blob, ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']],
  [File, ['name', 'lastModified']],
]) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(klass.prototype, name);
    if (d === undefined) continue;
    d.enumerable = true;
    delete klass.prototype[name];
    Object.defineProperty(klass.prototype, name, d);
  }
}
// The globals are the prelude's lazy accessors over these (exposeLazyGlobals).
internals.bufferGlobals = { atob: native.atob, btoa: native.btoa, TextEncoder, TextDecoder, Blob, File, DOMException };

return exports;
