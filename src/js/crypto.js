//! `node:crypto`, the part a tutorial reaches for, shaped as Node 20's lib/crypto.js and
//! lib/internal/crypto/{hash,random,webcrypto}.js: `createHash`/`Hash` and
//! `createHmac`/`Hmac` (LazyTransform streams over a native digest: see src/crypto/hash.rs),
//! `hash`, `randomBytes`/`randomInt`/`randomUUID`/`getRandomValues`/`randomFillSync`,
//! `timingSafeEqual`, and `webcrypto` (the global `crypto`; `subtle` is crypto/webcrypto.js).
//! Asynchronous forms complete on the thread pool, as Node's do. Random values come from a
//! generator seeded the same way every run (see src/crypto/random.rs).
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;
const { validateUint32, bytesOf, runJob } = internals['crypto/util'];
const { Buffer } = internals.loadBuiltin('buffer');

function invalidArgType(name, type, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${type}.${describeReceived(value)}`);
}
// lib/internal/errors.js's ERR_OUT_OF_RANGE (large integers with numeric separators).
const outOfRange = (name, range, value) => internals.outOfRange(name, range, value);
function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}
const isView = (value) => ArrayBuffer.isView(value);
const viewBytes = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

// A Buffer over the natives' Uint8Array.
const toBuffer = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

function encodeDigest(buffer, encoding) {
  if (typeof encoding === 'string' && encoding !== 'buffer' && Buffer.isEncoding(encoding)) return buffer.toString(encoding);
  return buffer;
}

const { LazyTransform } = internals['crypto/lazy_transform'];
const keys = internals['crypto/keys'];
const keypair = internals['crypto/keypair'];
const cipher = internals['crypto/cipher'];

// ---------------------------------------------------------------- Hash, Hmac
const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// The native side's stand-in: what has been written so far (inspect shows `Hash {}`).
function makeHandle(name) {
  const handles = {
    Hash: class Hash {
      #algorithm; #key; #chunks = []; #outputLength;
      constructor(algorithm, key, chunks = [], outputLength = undefined) {
        this.#algorithm = algorithm; this.#key = key; this.#chunks = chunks; this.#outputLength = outputLength;
      }
      update(bytes) { this.#chunks.push(Buffer.from(bytes)); }
      digest() {
        const data = Buffer.concat(this.#chunks);
        return toBuffer(this.#key === undefined ? native.digest(this.#algorithm, data, this.#outputLength) : native.hmac(this.#algorithm, this.#key, data));
      }
      copy(outputLength = this.#outputLength) { return new handles.Hash(this.#algorithm, this.#key, [...this.#chunks], outputLength); }
    },
  };
  const Handle = handles.Hash;
  Object.defineProperty(Handle, 'name', { value: name });
  return Handle;
}
const HashHandle = makeHandle('Hash');
const HmacHandle = makeHandle('Hmac');

function hashFinalized() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}
function dataBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (!isView(data)) throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  return viewBytes(data);
}

// Node's frames of a failed construction (lib/internal/crypto/hash.js, Node 20.20.2): the
// constructor's, and `Object.createHash` above it when that made it (`apiCaller`, set by the
// factory for the construction it makes).
let apiCaller = null;
function takeApiCaller() {
  const caller = apiCaller;
  apiCaller = null;
  return caller === null ? [] : [caller];
}
function withFrames(err, frames) {
  internals.prependStackFrames(err, frames.map((frame) => `    at ${frame}`).join('\n'));
  return err;
}
// A check of validateString's, rethrown by hideStackFrames at node:internal/errors:541.
function validateStringAt(value, name, frames) {
  try {
    validateString(value, name);
  } catch (err) {
    throw internals.atHiddenValidator(err, frames);
  }
}

function Hash(algorithm, options) {
  const callers = takeApiCaller();
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {
    if (algorithm[kState][kFinalized]) throw hashFinalized();
    this[kHandle] = algorithm[kHandle].copy(options?.outputLength);
  } else {
    validateStringAt(algorithm, 'algorithm', ['new Hash (node:internal/crypto/hash:93:5)', ...callers]);
    // `outputLength` sets an XOF's (shake128/256) output size.
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    if (!native.supported(algorithm)) {
      // OpenSSL's error, thrown by the binding's constructor: no code.
      const err = new Error('Digest method not supported');
      internals.setThrowSite(err, 'node:internal/crypto/hash:101\n  this[kHandle] = new _Hash(algorithm, xofLen, algorithmId, getHashCache());\n                  ^\n');
      throw withFrames(err, ['new Hash (node:internal/crypto/hash:101:19)', ...callers]);
    }
    this[kHandle] = new HashHandle(algorithm, undefined, [], xofLen);
  }
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw hashFinalized();
  return new Hash(this, options);
};
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(dataBytes(chunk, encoding));
  callback();
};
Hash.prototype._flush = function _flush(callback) {
  this.push(this[kHandle].digest());
  callback();
};
Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw hashFinalized();
  this[kHandle].update(dataBytes(data, encoding));
  return this;
};
Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw hashFinalized();
  this[kState][kFinalized] = true;
  return encodeDigest(this[kHandle].digest(), outputEncoding);
};

function Hmac(hmac, key, options) {
  const callers = takeApiCaller();
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateStringAt(hmac, 'hmac', ['new Hmac (node:internal/crypto/hash:164:3)', ...callers]);
  const bytes = bytesOf(keys.prepareSecretKey(key, options?.encoding));
  if (!native.hmacSupported(hmac)) {
    // The binding's init throws it with its code, but not in the stack's header.
    const err = new TypeError(`Invalid digest: ${hmac}`);
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    internals.setThrowSite(err, 'node:internal/crypto/hash:168\n  this[kHandle].init(hmac, key);\n                ^\n');
    throw withFrames(err, ['new Hmac (node:internal/crypto/hash:168:17)', ...callers]);
  }
  this[kHandle] = new HmacHandle(hmac, Buffer.from(bytes));
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Hmac.prototype.update = Hash.prototype.update;
// A second digest of an Hmac is empty rather than an error (Node keeps this quirk).
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) return encodeDigest(Buffer.alloc(0), outputEncoding);
  this[kState][kFinalized] = true;
  return encodeDigest(this[kHandle].digest(), outputEncoding);
};
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  apiCaller = 'Object.createHash (node:crypto:139:10)';
  return new Hash(algorithm, options);
}
function createHmac(hmac, key, options) {
  apiCaller = 'Object.createHmac (node:crypto:171:10)';
  return new Hmac(hmac, key, options);
}

// crypto.hash (Node 20.12): a one-shot digest, hex unless told otherwise.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw invalidArgType('input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'outputEncoding' is invalid. Received ${internals.inspect(outputEncoding)}`);
  }
  if (!native.supported(algorithm)) {
    // The binding's oneShotDigest names the digest (no code), unlike the Hash constructor's.
    const err = new Error(`Digest method ${algorithm} is not supported`);
    internals.setThrowSite(err, 'node:internal/crypto/hash:247\n  return oneShotDigest(algorithm, getCachedHashId(algorithm), getHashCache(),\n         ^\n');
    throw withFrames(err, ['Object.hash (node:internal/crypto/hash:247:10)']);
  }
  return encodeDigest(toBuffer(native.digest(algorithm, dataBytes(input))), outputEncoding);
}

// OpenSSL's digest names, as Node 20 lists them.
function getHashes() {
  return native.getHashes();
}

// ---------------------------------------------------------------- random
const kMaxLength = 2 ** 31 - 1;

// randomBytes' checks, with Node's frames (lib/internal/crypto/random.js `assertSize`, called
// from `randomBytes` on line 98).
function validateSize(size) {
  const frames = (line) => [`assertSize (node:internal/crypto/random:${line})`, 'Object.randomBytes (node:internal/crypto/random:98:10)'];
  if (typeof size !== 'number') throw withFrames(invalidArgType('size', 'of type number', size), frames('82:3'));
  if (!(size >= 0 && size <= kMaxLength) || Number.isNaN(size)) {
    throw withFrames(outOfRange('size', `>= 0 && <= ${kMaxLength}`, size), frames('86:11'));
  }
}

// On the thread pool, as Node's RandomBytesJob: the callback runs in a poll phase.
function onPool(api, done) {
  native.request(done, undefined, api);
}

// What a RandomBytesJob costs on a pool thread, in virtual µs: the fixed cost of a CryptoJob
// (as a one-iteration PBKDF2's, src/crypto/kdf.rs) and 1 µs per KiB drawn. Two small jobs
// submitted one after the other then finish in that order, as Node's do (39 runs in 40).
const randomJobCost = (bytes) => 20 + Math.floor(bytes / 1024);

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) {
    try {
      validateFunction(callback, 'callback');
    } catch (err) {
      throw withFrames(err, ['Object.randomBytes (node:internal/crypto/random:100:5)']);
    }
  }
  const buffer = toBuffer(native.randomBytes(size));
  if (callback === undefined) return buffer;
  runJob('RandomBytesJob', 'crypto.randomBytes', randomJobCost(size), function randomBytesJobDone() {
    return callback.call(this, null, buffer);
  });
}

function randomFillSync(view, offset = 0, size = undefined) {
  if (!isView(view) && !(view instanceof ArrayBuffer)) {
    throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', view);
  }
  const bytes = view instanceof ArrayBuffer ? new Uint8Array(view) : viewBytes(view);
  const end = size === undefined ? bytes.length : offset + size;
  bytes.set(native.randomBytes(Math.max(0, end - offset)), offset);
  return view;
}

function randomFill(view, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  validateFunction(callback, 'callback');
  randomFillSync(view, offset, size);
  runJob('RandomBytesJob', 'crypto.randomFill', randomJobCost(view.byteLength), function randomFillJobDone() {
    return callback.call(this, null, view);
  });
}

const RAND_MAX = 0xFFFFFFFFFFFF;
const RANDOM_CACHE_VALUES = 1024;
let randomCacheLeft = 0;
let randomCacheFilling = false;
const randomIntWaiting = [];
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw outOfRange('max - min', `<= ${RAND_MAX}`, range);
  }
  // lib/internal/crypto/random.js draws from a cache of 1024 six-byte values: a synchronous
  // call refills it at once when empty; an asynchronous one answers on a tick while values
  // are left, else waits for one refill on the thread pool (a randomFill), which then
  // restarts every waiting call. (Node redraws the rare values past the range's unbiased
  // limit; the model spends one value per call.)
  if (isSync) {
    if (randomCacheLeft === 0) randomCacheLeft = RANDOM_CACHE_VALUES;
    randomCacheLeft--;
    return min + Math.floor(native.randomUnit() * range);
  }
  if (randomCacheLeft > 0) {
    randomCacheLeft--;
    process.nextTick(callback, undefined, min + Math.floor(native.randomUnit() * range));
    return;
  }
  randomIntWaiting.push([min, max, callback]);
  if (randomCacheFilling) return;
  randomCacheFilling = true;
  onPool('crypto.randomFill', () => {
    randomCacheFilling = false;
    randomCacheLeft = RANDOM_CACHE_VALUES;
    for (const [waitingMin, waitingMax, waitingCallback] of randomIntWaiting.splice(0)) {
      randomInt(waitingMin, waitingMax, waitingCallback);
    }
  });
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw invalidArgType('options', 'of type object', options);
  const { disableEntropyCache = false } = options || {};
  if (typeof disableEntropyCache !== 'boolean') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options.disableEntropyCache" property must be of type boolean.${describeReceived(disableEntropyCache)}`);
  }
  const b = native.randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function getRandomValues(data) {
  const integer = data instanceof Int8Array || data instanceof Uint8Array || data instanceof Uint8ClampedArray ||
    data instanceof Int16Array || data instanceof Uint16Array || data instanceof Int32Array ||
    data instanceof Uint32Array || data instanceof BigInt64Array || data instanceof BigUint64Array;
  if (!integer) {
    throw new (internals.bufferGlobal('DOMException'))('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new (internals.bufferGlobal('DOMException'))(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
  }
  return randomFillSync(data);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isView(value) && !(value instanceof ArrayBuffer)) {
      // The binding checks its arguments (THROW_ERR_INVALID_ARG_TYPE in C++): no "Received".
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const a = buf1 instanceof ArrayBuffer ? new Uint8Array(buf1) : viewBytes(buf1);
  const b = buf2 instanceof ArrayBuffer ? new Uint8Array(buf2) : viewBytes(buf2);
  if (a.length !== b.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ---------------------------------------------------------------- webcrypto
const { SubtleCrypto, CryptoKey, subtle } = internals['crypto/webcrypto'];
class Crypto {
  get subtle() { return subtle; }
  getRandomValues(array) { return getRandomValues(array); }
  randomUUID() { return randomUUID(); }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  const descriptor = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  Object.defineProperty(Crypto.prototype, name, { ...descriptor, enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
const webcrypto = new Crypto();

// The globals (internal/crypto/webcrypto's exports in Node), read by the prelude's lazy
// accessors (exposeLazyGlobals).
internals.cryptoGlobals = { crypto: webcrypto, Crypto, SubtleCrypto, CryptoKey };

const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = internals['crypto/kdf'];

return {
  createHash,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
  createHmac,
  getHashes,
  createCipheriv: (name, key, iv, options) => new cipher.Cipheriv(name, key, iv, options),
  createDecipheriv: (name, key, iv, options) => new cipher.Decipheriv(name, key, iv, options),
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  getCiphers: cipher.getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  createSecretKey: keys.createSecretKey,
  KeyObject: keys.KeyObject,
  getCurves: () => [],
  generateKeyPair: keypair.generateKeyPair,
  generateKeyPairSync: keypair.generateKeyPairSync,
  createPublicKey: keypair.createPublicKey,
  createPrivateKey: keypair.createPrivateKey,
  sign: keypair.sign,
  verify: keypair.verify,
  createSign: keypair.createSign,
  createVerify: keypair.createVerify,
  Sign: keypair.Sign,
  Verify: keypair.Verify,
  publicEncrypt: keypair.publicEncrypt,
  privateDecrypt: keypair.privateDecrypt,
  diffieHellman: keypair.diffieHellman,
  hash,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  Hash,
  Hmac,
  webcrypto,
  subtle,
  constants: { RSA_PKCS1_PADDING: keypair.RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING: keypair.RSA_PKCS1_OAEP_PADDING },
};
