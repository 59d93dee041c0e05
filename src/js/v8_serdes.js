//! `internal/v8_serdes`: V8's ValueSerializer/ValueDeserializer wire format (version 15, the
//! one Node 20's V8 11.3 writes) and node:v8's `Serializer`, `Deserializer`,
//! `DefaultSerializer`, `DefaultDeserializer`, `serialize` and `deserialize` over it, byte for
//! byte: tags for primitives, one- and two-byte strings (with V8's alignment padding), dense
//! and sparse arrays, plain objects, Map, Set, Date, RegExp, BigInt, primitive wrappers,
//! errors, ArrayBuffers, and Node's host-object form of Buffers and typed arrays; objects seen
//! twice become back-references.
//!
//! The engine does not say how V8 would store an array's elements, so an array is written
//! densely when it has no holes, its numbers as doubles when they all are numbers and one is
//! not a 32-bit integer (V8's PACKED_DOUBLE_ELEMENTS); an array V8 made holey and later
//! filled (`new Array(3).fill(0)`) is written densely here where V8 writes it sparse. Likewise
//! an integral number is written as an int32 wherever it fits, where V8 writes a double when the
//! value sits in a double-representation field (a property that has held a fraction in objects
//! of the same shape, as `score` in `{ score: 1.5 }` then `{ score: 3 }`).
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;

const kLatestVersion = 15;
const TAG = {
  version: 0xff, padding: 0x00, verifyObjectCount: 0x3f, theHole: 0x2d, undefined: 0x5f, null: 0x30,
  true: 0x54, false: 0x46, int32: 0x49, uint32: 0x55, double: 0x4e, bigint: 0x5a, utf8String: 0x53,
  oneByteString: 0x22, twoByteString: 0x63, objectReference: 0x5e, beginJSObject: 0x6f,
  endJSObject: 0x7b, beginSparseJSArray: 0x61, endSparseJSArray: 0x40, beginDenseJSArray: 0x41,
  endDenseJSArray: 0x24, date: 0x44, trueObject: 0x79, falseObject: 0x78, numberObject: 0x6e,
  bigintObject: 0x7a, stringObject: 0x73, regExp: 0x52, beginJSMap: 0x3b, endJSMap: 0x3a,
  beginJSSet: 0x27, endJSSet: 0x2c, arrayBuffer: 0x42, arrayBufferView: 0x56, error: 0x72,
  hostObject: 0x5c,
};
// JSRegExp::Flags bits, in V8's order.
const REGEXP_FLAGS = [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['d', 128], ['v', 256]];
// ValueSerializer's error sub-tags: the prototype (none for Error), message, stack, end.
const ERROR_PROTOTYPES = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55 };
const ERROR_MESSAGE = 0x6d;
const ERROR_STACK = 0x73;
const ERROR_END = 0x2e;
// ArrayBufferViewTag, for a view written by V8 itself (not as a host object).
const VIEW_TAGS = [['Int8Array', 0x62], ['Uint8Array', 0x42], ['Uint8ClampedArray', 0x43], ['Int16Array', 0x77],
  ['Uint16Array', 0x57], ['Int32Array', 0x64], ['Uint32Array', 0x44], ['Float32Array', 0x66], ['Float64Array', 0x46],
  ['BigInt64Array', 0x71], ['BigUint64Array', 0x51], ['DataView', 0x3f]];

const isArrayIndex = (key) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
const isSmi = (value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 && !Object.is(value, -0);
const brand = (value) => Object.prototype.toString.call(value).slice(8, -1);
const { types } = internals.loadBuiltin('util');

// V8's words for a value it cannot clone: a function's source, a symbol's description, a
// proxy as `#<Object>` (without running its traps), else `#<Constructor>`.
function describeUncloneable(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (types.isProxy(value)) return '#<Object>';
  const ctor = Object.getPrototypeOf(value)?.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

// The receivers ValueSerializer refuses whatever the host (functions, proxies, promises, weak
// collections and references, iterators, generators, module namespaces): the message of the
// DataCloneError, or undefined. structuredClone and postMessage apply the same rule.
function refusal(object) {
  if (typeof object === 'function' || types.isProxy(object) || types.isPromise(object) || types.isWeakMap(object) ||
      types.isWeakSet(object) || brand(object) === 'WeakRef' || types.isGeneratorObject(object) ||
      types.isMapIterator(object) || types.isSetIterator(object) || types.isModuleNamespaceObject(object)) {
    return `${describeUncloneable(object)} could not be cloned.`;
  }
  return undefined;
}

// ---------------------------------------------------------------- writing
class Writer {
  constructor(serializer) {
    this.bytes = [];
    this.ids = new Map();
    this.serializer = serializer;
    this.viewsAsHostObjects = false;
  }

  tag(tag) { this.bytes.push(tag); }

  varint(value) {
    // Unsigned LEB128 over a number up to 2^64 (BigInt beyond 2^53).
    if (typeof value === 'bigint' || value >= 2 ** 53) {
      let big = BigInt(value);
      do {
        let byte = Number(big & 0x7fn);
        big >>= 7n;
        if (big !== 0n) byte |= 0x80;
        this.bytes.push(byte);
      } while (big !== 0n);
      return;
    }
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value !== 0) byte |= 0x80;
      this.bytes.push(byte);
    } while (value !== 0);
  }

  zigzag(value) {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  double(value) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) this.bytes.push(view.getUint8(i));
  }

  raw(bytes) {
    for (const byte of bytes) this.bytes.push(byte);
  }

  string(value) {
    let oneByte = true;
    for (let i = 0; i < value.length; i++) {
      if (value.charCodeAt(i) > 0xff) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.tag(TAG.oneByteString);
      this.varint(value.length);
      for (let i = 0; i < value.length; i++) this.bytes.push(value.charCodeAt(i));
      return;
    }
    const byteLength = value.length * 2;
    // Two-byte strings are aligned: a padding tag when the characters would start at an odd
    // offset.
    if ((this.bytes.length + 1 + varintSize(byteLength)) & 1) this.tag(TAG.padding);
    this.tag(TAG.twoByteString);
    this.varint(byteLength);
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      this.bytes.push(code & 0xff, code >> 8);
    }
  }

  bigintDigits(value) {
    const negative = value < 0n;
    let magnitude = negative ? -value : value;
    const words = [];
    while (magnitude > 0n) {
      words.push(magnitude & 0xffffffffffffffffn);
      magnitude >>= 64n;
    }
    this.varint((words.length * 8 * 2) + (negative ? 1 : 0));
    for (const word of words) {
      let w = word;
      for (let i = 0; i < 8; i++) {
        this.bytes.push(Number(w & 0xffn));
        w >>= 8n;
      }
    }
  }

  fail(value) {
    const ErrorClass = this.serializer._getDataCloneError;
    throw new ErrorClass(`${describeUncloneable(value)} could not be cloned.`);
  }

  value(value) {
    switch (typeof value) {
      case 'undefined': return this.tag(TAG.undefined);
      case 'boolean': return this.tag(value ? TAG.true : TAG.false);
      case 'number':
        if (isSmi(value)) {
          this.tag(TAG.int32);
          return this.zigzag(value);
        }
        this.tag(TAG.double);
        return this.double(value);
      case 'bigint':
        this.tag(TAG.bigint);
        return this.bigintDigits(value);
      case 'string': return this.string(value);
      case 'symbol':
      case 'function':
        return this.fail(value);
      default:
        if (value === null) return this.tag(TAG.null);
        return this.receiver(value);
    }
  }

  receiver(object) {
    const seen = this.ids.get(object);
    if (seen !== undefined) {
      this.tag(TAG.objectReference);
      return this.varint(seen);
    }
    const refused = refusal(object);
    if (refused !== undefined) throw new this.serializer._getDataCloneError(refused);
    if (ArrayBuffer.isView(object) && !this.viewsAsHostObjects) {
      // The view's buffer goes first, with its own id.
      this.receiver(object.buffer);
    }
    this.ids.set(object, this.ids.size);
    if (Array.isArray(object)) return this.array(object);
    if (ArrayBuffer.isView(object)) {
      if (this.viewsAsHostObjects) {
        this.tag(TAG.hostObject);
        return this.serializer._writeHostObject(object);
      }
      return this.view(object);
    }
    if (types.isDate(object)) {
      this.tag(TAG.date);
      return this.double(object.getTime());
    }
    if (types.isRegExp(object)) {
      this.tag(TAG.regExp);
      this.string(object.source);
      let flags = 0;
      for (const [flag, bit] of REGEXP_FLAGS) if (object.flags.includes(flag)) flags |= bit;
      return this.varint(flags);
    }
    if (types.isMap(object)) {
      this.tag(TAG.beginJSMap);
      const entries = [...Map.prototype.entries.call(object)];
      for (const [key, value] of entries) {
        this.value(key);
        this.value(value);
      }
      this.tag(TAG.endJSMap);
      return this.varint(entries.length * 2);
    }
    if (types.isSet(object)) {
      this.tag(TAG.beginJSSet);
      const values = [...Set.prototype.values.call(object)];
      for (const value of values) this.value(value);
      this.tag(TAG.endJSSet);
      return this.varint(values.length);
    }
    if (types.isArrayBuffer(object)) {
      this.tag(TAG.arrayBuffer);
      this.varint(object.byteLength);
      return this.raw(new Uint8Array(object));
    }
    if (types.isBoxedPrimitive(object)) return this.boxed(object);
    if (types.isNativeError(object)) return this.error(object);
    if (types.isSharedArrayBuffer(object)) return this.fail(object);
    this.tag(TAG.beginJSObject);
    const count = this.properties(object, Object.keys(object));
    this.tag(TAG.endJSObject);
    return this.varint(count);
  }

  // WriteJSObjectPropertiesSlow: each own enumerable key still there when reached, an array
  // index as a number, with its value read (getters run).
  properties(object, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(object, key)) continue;
      const value = object[key];
      if (isArrayIndex(key)) this.value(Number(key));
      else this.string(key);
      this.value(value);
      count++;
    }
    return count;
  }

  array(array) {
    const length = array.length;
    const keys = Object.keys(array);
    let packed = true;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(array, i)) {
        packed = false;
        break;
      }
    }
    if (packed) {
      this.tag(TAG.beginDenseJSArray);
      this.varint(length);
      const doubles = length > 0 && array.every((v) => typeof v === 'number') && !array.every(isSmi);
      for (let i = 0; i < length; i++) {
        if (doubles) {
          this.tag(TAG.double);
          this.double(array[i]);
        } else {
          this.value(array[i]);
        }
      }
      const count = this.properties(array, keys.filter((key) => !(isArrayIndex(key) && Number(key) < length)));
      this.tag(TAG.endDenseJSArray);
      this.varint(count);
      return this.varint(length);
    }
    this.tag(TAG.beginSparseJSArray);
    this.varint(length);
    const count = this.properties(array, keys);
    this.tag(TAG.endSparseJSArray);
    this.varint(count);
    return this.varint(length);
  }

  boxed(object) {
    if (types.isNumberObject(object)) {
      this.tag(TAG.numberObject);
      return this.double(Number.prototype.valueOf.call(object));
    }
    if (types.isStringObject(object)) {
      this.tag(TAG.stringObject);
      return this.string(String.prototype.valueOf.call(object));
    }
    if (types.isBooleanObject(object)) return this.tag(Boolean.prototype.valueOf.call(object) ? TAG.trueObject : TAG.falseObject);
    if (types.isBigIntObject(object)) {
      this.tag(TAG.bigintObject);
      return this.bigintDigits(BigInt.prototype.valueOf.call(object));
    }
    return this.fail(object);
  }

  error(error) {
    this.tag(TAG.error);
    const name = error.name;
    if (Object.prototype.hasOwnProperty.call(ERROR_PROTOTYPES, name)) this.varint(ERROR_PROTOTYPES[name]);
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined && 'value' in message) {
      this.varint(ERROR_MESSAGE);
      this.string(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.varint(ERROR_STACK);
      this.string(stack);
    }
    this.varint(ERROR_END);
  }

  view(view) {
    this.tag(TAG.arrayBufferView);
    const name = types.isDataView(view) ? 'DataView' : brand(view);
    this.varint(VIEW_TAGS.find(([n]) => n === name)[1]);
    this.varint(view.byteOffset);
    this.varint(view.byteLength);
    this.varint(0); // flags: not length-tracking, not backed by a resizable buffer
  }
}

function varintSize(value) {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

// ---------------------------------------------------------------- reading
function dataError() {
  return new Error('Unable to deserialize cloned data.');
}

class Reader {
  constructor(bytes, deserializer) {
    this.bytes = bytes;
    this.position = 0;
    this.objects = [];
    this.deserializer = deserializer;
    this.version = 0;
  }

  byte() {
    if (this.position >= this.bytes.length) throw dataError();
    return this.bytes[this.position++];
  }

  peek() {
    return this.bytes[this.position];
  }

  varint() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) return result;
      if (shift > 70) throw dataError();
    }
  }

  varintBig() {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.byte();
      result |= BigInt(byte & 0x7f) << shift;
      shift += 7n;
      if ((byte & 0x80) === 0) return result;
    }
  }

  double() {
    if (this.position + 8 > this.bytes.length) throw dataError();
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.position, 8);
    this.position += 8;
    return view.getFloat64(0, true);
  }

  raw(length) {
    if (this.position + length > this.bytes.length) throw dataError();
    const start = this.position;
    this.position += length;
    return start;
  }

  header() {
    if (this.peek() === TAG.version) {
      this.byte();
      this.version = this.varint();
      if (this.version > kLatestVersion) throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      return;
    }
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  tag() {
    let tag;
    do tag = this.byte(); while (tag === TAG.padding);
    return tag;
  }

  remember(object) {
    this.objects.push(object);
    return object;
  }

  string(tag) {
    const length = this.varint();
    const start = this.raw(length);
    const bytes = this.bytes.subarray(start, start + length);
    if (tag === TAG.oneByteString) {
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return text;
    }
    if (tag === TAG.twoByteString) {
      if (length % 2 !== 0) throw dataError();
      let text = '';
      for (let i = 0; i < length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return text;
    }
    return new (internals.bufferGlobal('TextDecoder'))().decode(bytes);
  }

  stringValue() {
    const tag = this.tag();
    if (tag !== TAG.oneByteString && tag !== TAG.twoByteString && tag !== TAG.utf8String) throw dataError();
    return this.string(tag);
  }

  bigint() {
    const bitfield = this.varint();
    const negative = (bitfield & 1) === 1;
    const byteLength = Math.floor(bitfield / 2);
    const start = this.raw(byteLength);
    let value = 0n;
    for (let i = byteLength - 1; i >= 0; i--) value = (value << 8n) | BigInt(this.bytes[start + i]);
    return negative ? -value : value;
  }

  value() {
    const tag = this.tag();
    switch (tag) {
      case TAG.undefined: return undefined;
      case TAG.null: return null;
      case TAG.true: return true;
      case TAG.false: return false;
      case TAG.int32: {
        const zig = this.varint();
        return zig % 2 === 0 ? zig / 2 : -(zig + 1) / 2;
      }
      case TAG.uint32: return this.varint();
      case TAG.double: return this.double();
      case TAG.bigint: return this.bigint();
      case TAG.oneByteString:
      case TAG.twoByteString:
      case TAG.utf8String:
        return this.string(tag);
      case TAG.objectReference: {
        const id = this.varint();
        if (id >= this.objects.length) throw dataError();
        return this.objects[id];
      }
      case TAG.beginJSObject: {
        const object = this.remember({});
        const count = this.properties(object, TAG.endJSObject);
        if (count !== this.varint()) throw dataError();
        return object;
      }
      case TAG.beginDenseJSArray: {
        const length = this.varint();
        const array = this.remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.peek() === TAG.theHole) {
            this.byte();
            continue;
          }
          array[i] = this.value();
        }
        const count = this.properties(array, TAG.endDenseJSArray);
        if (count !== this.varint() || length !== this.varint()) throw dataError();
        return array;
      }
      case TAG.beginSparseJSArray: {
        const length = this.varint();
        const array = this.remember(new Array(length));
        const count = this.properties(array, TAG.endSparseJSArray);
        if (count !== this.varint() || length !== this.varint()) throw dataError();
        return array;
      }
      case TAG.date: return this.remember(new Date(this.double()));
      case TAG.trueObject: return this.remember(Object(true));
      case TAG.falseObject: return this.remember(Object(false));
      case TAG.numberObject: return this.remember(Object(this.double()));
      case TAG.bigintObject: return this.remember(Object(this.bigint()));
      case TAG.stringObject: return this.remember(Object(this.stringValue()));
      case TAG.regExp: {
        const source = this.stringValue();
        const bits = this.varint();
        let flags = '';
        for (const [flag, bit] of REGEXP_FLAGS) if (bits & bit) flags += flag;
        let regexp;
        try {
          regexp = new RegExp(source, [...flags].sort().join(''));
        } catch {
          throw dataError();
        }
        return this.remember(regexp);
      }
      case TAG.beginJSMap: {
        const map = this.remember(new Map());
        let read = 0;
        while (this.peek() !== TAG.endJSMap) {
          const key = this.value();
          map.set(key, this.value());
          read += 2;
        }
        this.byte();
        if (read !== this.varint()) throw dataError();
        return map;
      }
      case TAG.beginJSSet: {
        const set = this.remember(new Set());
        let read = 0;
        while (this.peek() !== TAG.endJSSet) {
          set.add(this.value());
          read++;
        }
        this.byte();
        if (read !== this.varint()) throw dataError();
        return set;
      }
      case TAG.arrayBuffer: {
        const length = this.varint();
        const start = this.raw(length);
        const buffer = this.remember(this.bytes.buffer.slice(this.bytes.byteOffset + start, this.bytes.byteOffset + start + length));
        if (this.peek() === TAG.arrayBufferView) {
          this.byte();
          return this.view(buffer);
        }
        return buffer;
      }
      case TAG.error: return this.error();
      case TAG.hostObject: {
        const id = this.objects.length;
        this.objects.push(undefined);
        const object = this.deserializer._readHostObject();
        this.objects[id] = object;
        return object;
      }
      default:
        throw dataError();
    }
  }

  // Key/value pairs up to `end` (the end tag is consumed); returns how many.
  properties(object, end) {
    let count = 0;
    while (this.peek() !== end) {
      if (this.position >= this.bytes.length) throw dataError();
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw dataError();
      object[key] = this.value();
      count++;
    }
    this.byte();
    return count;
  }

  view(buffer) {
    const subtag = this.varint();
    const byteOffset = this.varint();
    const byteLength = this.varint();
    if (this.version >= 14) this.varint();
    const entry = VIEW_TAGS.find(([, t]) => t === subtag);
    if (entry === undefined) throw dataError();
    const Ctor = global[entry[0]];
    const size = Ctor.BYTES_PER_ELEMENT ?? 1;
    return this.remember(entry[0] === 'DataView' ? new DataView(buffer, byteOffset, byteLength) : new Ctor(buffer, byteOffset, byteLength / size));
  }

  error() {
    let Ctor = Error;
    let message;
    let stack;
    for (;;) {
      const tag = this.varint();
      if (tag === ERROR_END) break;
      if (tag === ERROR_MESSAGE) message = this.stringValue();
      else if (tag === ERROR_STACK) stack = this.stringValue();
      else {
        const name = Object.keys(ERROR_PROTOTYPES).find((n) => ERROR_PROTOTYPES[n] === tag);
        if (name === undefined) throw dataError();
        Ctor = global[name];
      }
    }
    const error = message === undefined ? new Ctor() : new Ctor(message);
    if (stack !== undefined) Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    else delete error.stack;
    return this.remember(error);
  }
}

// ---------------------------------------------------------------- node:v8's classes
const kWriter = Symbol('kWriter');
const kReader = Symbol('kReader');

function bufferArg(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${name} must be a TypedArray or a DataView`);
  }
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

class Serializer {
  constructor() {
    this[kWriter] = new Writer(this);
  }

  writeHeader() {
    this[kWriter].tag(TAG.version);
    this[kWriter].varint(kLatestVersion);
  }

  writeValue(value) {
    this[kWriter].value(value);
    return true;
  }

  releaseBuffer() {
    const bytes = this[kWriter].bytes;
    this[kWriter].bytes = [];
    // Its own memory, not the Buffer pool's (Node hands over the serializer's allocation).
    return internals.loadBuiltin('buffer').Buffer.from(new Uint8Array(bytes).buffer);
  }

  transferArrayBuffer() {}

  writeUint32(value) {
    this[kWriter].varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this[kWriter].varint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this[kWriter].double(Number(value));
  }

  writeRawBytes(source) {
    this[kWriter].raw(bufferArg(source, 'source'));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this[kWriter].viewsAsHostObjects = Boolean(flag);
  }

  _writeHostObject(object) {
    throw new this._getDataCloneError(`Unserializable host object: ${internals.inspect(object)}`);
  }

  _getSharedArrayBufferId() {
    throw new this._getDataCloneError('#<SharedArrayBuffer> could not be cloned.');
  }
}
Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  constructor(buffer) {
    const bytes = bufferArg(buffer, 'buffer');
    this.buffer = buffer;
    this[kReader] = new Reader(bytes, this);
  }

  readHeader() {
    this[kReader].header();
    return true;
  }

  readValue() {
    return this[kReader].value();
  }

  getWireFormatVersion() {
    return this[kReader].version;
  }

  transferArrayBuffer() {}

  readUint32() {
    return this[kReader].varint() >>> 0;
  }

  readUint64() {
    const value = this[kReader].varintBig();
    return [Number((value >> 32n) & 0xffffffffn), Number(value & 0xffffffffn)];
  }

  readDouble() {
    return this[kReader].double();
  }

  _readRawBytes(length) {
    return this[kReader].raw(length);
  }

  readRawBytes(length) {
    const start = this._readRawBytes(length);
    return internals.loadBuiltin('buffer').Buffer.from(this[kReader].bytes.subarray(start, start + length));
  }

  _readHostObject() {
    throw new Error('Unable to deserialize cloned data.');
  }
}

// lib/v8.js: Buffers and typed arrays travel as host objects, an index for their type (10 is
// Buffer) then their bytes, so a Buffer's pool never shows in the output.
const VIEW_TYPES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', 'Buffer', 'BigInt64Array', 'BigUint64Array'];

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10;
    if (abView.constructor !== internals.loadBuiltin('buffer').Buffer) {
      i = VIEW_TYPES.indexOf(brand(abView));
      if (i === -1 || i === 10) throw new this._getDataCloneError(`Unserializable host object: ${internals.inspect(abView)}`);
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const name = VIEW_TYPES[typeIndex];
    if (name === undefined) throw new Error('Unable to deserialize cloned data.');
    const Ctor = name === 'Buffer' ? internals.loadBuiltin('buffer').Buffer : global[name];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const size = Ctor.BYTES_PER_ELEMENT ?? 1;
    if (byteLength % size !== 0) throw new Error('Unable to deserialize cloned data.');
    const input = this[kReader].bytes;
    const offset = input.byteOffset + byteOffset;
    const make = (buffer, at) => (name === 'Buffer' ? internals.loadBuiltin('buffer').Buffer.from(buffer, at, byteLength) : new Ctor(buffer, at, byteLength / size));
    // In place over the input's memory when aligned for the element size, else a copy.
    if (offset % size === 0) return make(input.buffer, offset);
    const copy = new Uint8Array(byteLength);
    copy.set(input.subarray(byteOffset, byteOffset + byteLength));
    return make(copy.buffer, 0);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

return { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize, refusal, describeUncloneable };
