//! Node 20's lib/internal/crypto/webcrypto.js for secret keys: `crypto.subtle` with `digest`
//! (SHA-1/256/384/512), HMAC (`generateKey`, `importKey`, `exportKey`, `sign`, `verify`), AES
//! in GCM, CBC and CTR modes (`encrypt`, `decrypt`), PBKDF2 and HKDF (`deriveBits`,
//! `deriveKey`), and `CryptoKey`. Asymmetric algorithms (RSA, EC, Ed25519, X25519) are not
//! modelled: they are NotSupportedError here.
//!
//! Timing follows Node: every method is an `async function` (its argument errors reject),
//! and the work Node hands to a `CryptoJob` in async mode (digests, HMAC, AES, key generation,
//! PBKDF2/HKDF) completes on the thread pool, in a later poll phase; importing and exporting
//! raw keys completes at once (a microtask later).
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const { isAnyArrayBuffer, isView, bytesOf, runJob } = internals['crypto/util'];
const { kKeyBytes } = internals['crypto/keys'];
const cipher = internals['crypto/cipher'];
const { Buffer } = internals.loadBuiltin('buffer');

const domException = (message, name) => new (internals.bufferGlobal('DOMException'))(message, name);
const notSupported = () => domException('Unrecognized algorithm name', 'NotSupportedError');
const operationFailed = () => domException('The operation failed for an operation-specific reason', 'OperationError');

// ---------------------------------------------------------------- WebIDL
function requiredArguments(length, required, prefix) {
  if (length < required) {
    const plural = required === 1 ? '' : 's';
    throw codedError(TypeError, 'ERR_MISSING_ARGS', `${prefix}: ${required} argument${plural} required, but only ${length} present.`);
  }
}

function bufferSource(value, prefix, context) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value).slice();
  if (isView(value)) return bytesOf(value).slice();
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: ${context} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
}

// The canonical names, looked up case-insensitively (normalizeAlgorithm).
const ALGORITHMS = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2', 'HKDF',
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'Ed25519', 'X25519'];
const MODELLED = new Set(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'PBKDF2', 'HKDF']);

function normalizeAlgorithm(algorithm, prefix) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  if (algorithm === null || typeof algorithm !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: 1st argument is not of type object or string.`);
  }
  if (algorithm.name === undefined) {
    throw codedError(TypeError, 'ERR_MISSING_OPTION', `${prefix}: 1st argument: Algorithm: name is required.`);
  }
  const wanted = String(algorithm.name).toUpperCase();
  const name = ALGORITHMS.find((n) => n.toUpperCase() === wanted);
  if (name === undefined || !MODELLED.has(name)) throw notSupported();
  const normalized = { ...algorithm, name };
  if (normalized.hash !== undefined) normalized.hash = normalizeAlgorithm(normalized.hash, prefix);
  return normalized;
}

const nodeDigest = (hash) => ({ 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' })[hash.name];
const isHash = (name) => name.startsWith('SHA-');
// An HMAC key's default length: the hash's block size in bits.
const blockBits = (hash) => (hash.name === 'SHA-384' || hash.name === 'SHA-512' ? 1024 : 512);

// Complete a promise the way a CryptoJob in async mode does: in a later poll phase, after the
// pool thread's `costUs` (the default round trip when undefined).
function onPool(name, work, costUs = undefined) {
  return new Promise((resolve, reject) => {
    runJob(name, 'crypto.subtle', costUs, () => {
      try {
        resolve(work());
      } catch (err) {
        reject(err);
      }
    });
  });
}

const arrayBufferOf = (bytes) => new Uint8Array(bytes).buffer;

// ---------------------------------------------------------------- CryptoKey
const kType = Symbol('kType');
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kUsages = Symbol('kUsages');
let constructing = false;

class CryptoKey {
  constructor() {
    if (!constructing) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get type() { return this[kType]; }
  get extractable() { return this[kExtractable]; }
  get algorithm() { return this[kAlgorithm]; }
  get usages() { return this[kUsages]; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({ type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages }, opts)}`;
  }
}
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  const descriptor = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
  Object.defineProperty(CryptoKey.prototype, name, { ...descriptor, enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function makeKey(bytes, algorithm, extractable, usages) {
  constructing = true;
  let key;
  try {
    key = new CryptoKey();
  } finally {
    constructing = false;
  }
  for (const [symbol, value] of [[kType, 'secret'], [kExtractable, extractable], [kAlgorithm, algorithm], [kUsages, usages]]) {
    Object.defineProperty(key, symbol, { value, enumerable: false });
  }
  Object.defineProperty(key, kKeyBytes, { value: Buffer.from(bytes), enumerable: false });
  return key;
}

// createHmac and friends accept a CryptoKey as a secret key (keys.js asks here).
internals.cryptoKeyObject = (value) => (value instanceof CryptoKey ? value : undefined);

const USAGES = {
  HMAC: ['sign', 'verify'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  PBKDF2: ['deriveKey', 'deriveBits'],
  HKDF: ['deriveKey', 'deriveBits'],
};

// How each algorithm's module names its keys in that error.
const USAGE_NOUNS = {
  HMAC: 'an HMAC', 'AES-GCM': 'an AES', 'AES-CBC': 'an AES', 'AES-CTR': 'an AES', PBKDF2: 'a PBKDF2', HKDF: 'a HKDF',
};

function checkUsages(name, usages, creating) {
  if (!Array.isArray(usages)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'keyUsages is not a sequence');
  }
  const allowed = USAGES[name];
  if (allowed === undefined) throw notSupported();
  for (const usage of usages) {
    if (!allowed.includes(usage)) {
      throw domException(`Unsupported key usage for ${USAGE_NOUNS[name]} key`, 'SyntaxError');
    }
  }
  if (creating && usages.length === 0) {
    throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return [...new Set(usages)];
}

function checkAesLength(bits) {
  if (bits !== 128 && bits !== 192 && bits !== 256) {
    throw domException('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
}

function requireUsage(key, usage, algorithmName) {
  if (!(key instanceof CryptoKey)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "key" argument must be an instance of CryptoKey.`);
  }
  if (key.algorithm.name !== algorithmName) {
    throw domException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (!key.usages.includes(usage)) {
    throw domException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

// ---------------------------------------------------------------- SubtleCrypto
const kSubtle = Symbol('kSubtle');

class SubtleCrypto {
  constructor(token) {
    if (token !== kSubtle) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  async encrypt(algorithm, key, data) {
    return aesCipher('encrypt', arguments.length, algorithm, key, data);
  }

  async decrypt(algorithm, key, data) {
    return aesCipher('decrypt', arguments.length, algorithm, key, data);
  }

  async sign(algorithm, key, data) {
    const prefix = "Failed to execute 'sign' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 3, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    const bytes = bufferSource(data, prefix, '3rd argument');
    if (algorithm.name !== 'HMAC') throw notSupported();
    requireUsage(key, 'sign', 'HMAC');
    return onPool('HmacJob', () => arrayBufferOf(native.hmac(nodeDigest(key.algorithm.hash), key[kKeyBytes], bytes)));
  }

  async verify(algorithm, key, signature, data) {
    const prefix = "Failed to execute 'verify' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 4, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    const expected = bufferSource(signature, prefix, '3rd argument');
    const bytes = bufferSource(data, prefix, '4th argument');
    if (algorithm.name !== 'HMAC') throw notSupported();
    requireUsage(key, 'verify', 'HMAC');
    return onPool('HmacJob', () => {
      const actual = native.hmac(nodeDigest(key.algorithm.hash), key[kKeyBytes], bytes);
      return actual.length === expected.length && actual.every((b, i) => b === expected[i]);
    });
  }

  async digest(algorithm, data) {
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 2, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    const bytes = bufferSource(data, prefix, '2nd argument');
    if (!isHash(algorithm.name)) throw notSupported();
    return onPool('HashJob', () => arrayBufferOf(native.digest(nodeDigest(algorithm), bytes)));
  }

  async generateKey(algorithm, extractable, keyUsages) {
    const prefix = "Failed to execute 'generateKey' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 3, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    extractable = Boolean(extractable);
    const { name } = algorithm;
    if (name === 'HMAC') {
      if (algorithm.hash === undefined) throw codedError(TypeError, 'ERR_MISSING_OPTION', 'algorithm.hash is required');
      const usages = checkUsages(name, keyUsages, true);
      const length = algorithm.length ?? blockBits(algorithm.hash);
      return onPool('SecretKeyGenJob', () => makeKey(native.randomBytes(length >> 3), { name, length, hash: { name: algorithm.hash.name } }, extractable, usages));
    }
    if (name.startsWith('AES-')) {
      checkAesLength(algorithm.length);
      const usages = checkUsages(name, keyUsages, true);
      return onPool('SecretKeyGenJob', () => makeKey(native.randomBytes(algorithm.length >> 3), { name, length: algorithm.length }, extractable, usages));
    }
    throw notSupported();
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    const prefix = "Failed to execute 'deriveKey' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 5, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    derivedKeyAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, prefix);
    const { name } = derivedKeyAlgorithm;
    let length;
    if (name.startsWith('AES-')) {
      checkAesLength(derivedKeyAlgorithm.length);
      length = derivedKeyAlgorithm.length;
    } else if (name === 'HMAC') {
      length = derivedKeyAlgorithm.length ?? blockBits(derivedKeyAlgorithm.hash);
    } else {
      throw notSupported();
    }
    const bits = await deriveBitsOf(algorithm, baseKey, length, 'deriveKey', prefix);
    return this.importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
  }

  async deriveBits(algorithm, baseKey, length) {
    const prefix = "Failed to execute 'deriveBits' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 3, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    return deriveBitsOf(algorithm, baseKey, length, 'deriveBits', prefix);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    const prefix = "Failed to execute 'importKey' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 5, prefix);
    algorithm = normalizeAlgorithm(algorithm, prefix);
    extractable = Boolean(extractable);
    const { name } = algorithm;
    let bytes;
    if (format === 'raw') {
      bytes = bufferSource(keyData, prefix, '2nd argument');
    } else if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object' || keyData.kty !== 'oct' || typeof keyData.k !== 'string') {
        throw domException('Invalid keyData', 'DataError');
      }
      bytes = new Uint8Array(Buffer.from(keyData.k, 'base64url'));
    } else {
      throw domException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    }
    // Node's importKey awaits the algorithm's own import: the key arrives a microtask later.
    await undefined;
    const usages = checkUsages(name, keyUsages, false);
    if (name === 'HMAC') {
      if (algorithm.hash === undefined) throw codedError(TypeError, 'ERR_MISSING_OPTION', 'algorithm.hash is required');
      if (bytes.length === 0) throw domException('Zero-length key is not supported', 'DataError');
      return makeKey(bytes, { name, hash: { name: algorithm.hash.name }, length: bytes.length * 8 }, extractable, usages);
    }
    if (name.startsWith('AES-')) {
      checkAesLength(bytes.length * 8);
      return makeKey(bytes, { name, length: bytes.length * 8 }, extractable, usages);
    }
    // PBKDF2 and HKDF: raw only, never extractable.
    if (format !== 'raw') throw domException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
    return makeKey(bytes, { name }, false, usages);
  }

  async exportKey(format, key) {
    const prefix = "Failed to execute 'exportKey' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 2, prefix);
    if (!(key instanceof CryptoKey)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: 2nd argument is not of type CryptoKey.`);
    }
    // Node names this one InvalidAccessException.
    if (!key.extractable) throw domException('key is not extractable', 'InvalidAccessException');
    const bytes = key[kKeyBytes];
    if (format === 'raw') return arrayBufferOf(bytes);
    if (format === 'jwk') {
      const { name } = key.algorithm;
      const jwk = { key_ops: key.usages, ext: key.extractable, kty: 'oct', k: Buffer.from(bytes).toString('base64url') };
      if (name === 'HMAC') jwk.alg = `HS${key.algorithm.hash.name.slice(4).replace(/^1$/, '1')}`;
      else if (name.startsWith('AES-')) jwk.alg = `A${key.algorithm.length}${name.slice(4)}`;
      return jwk;
    }
    throw domException(`Unable to export a raw ${key.algorithm.name} key`, 'NotSupportedError');
  }

  async wrapKey() {
    throw notSupported();
  }

  async unwrapKey() {
    throw notSupported();
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

function deriveBitsOf(algorithm, baseKey, length, usage, prefix) {
  const { name } = algorithm;
  if (name !== 'PBKDF2' && name !== 'HKDF') throw notSupported();
  requireUsage(baseKey, usage === 'deriveKey' ? 'deriveKey' : 'deriveBits', name);
  if (length === null || length === undefined || length % 8 !== 0) {
    throw domException('length must be a multiple of 8', 'OperationError');
  }
  if (algorithm.hash === undefined) throw codedError(TypeError, 'ERR_MISSING_OPTION', 'algorithm.hash is required');
  const salt = bufferSource(algorithm.salt, prefix, 'algorithm.salt');
  const digest = nodeDigest(algorithm.hash);
  const key = baseKey[kKeyBytes];
  if (name === 'PBKDF2') {
    if (!Number.isInteger(algorithm.iterations) || algorithm.iterations <= 0) {
      throw domException('iterations cannot be zero', 'OperationError');
    }
    const [bytes, costUs] = native.pbkdf2(digest, key, salt, algorithm.iterations, length >> 3);
    return onPool('PBKDF2Job', () => arrayBufferOf(bytes), costUs);
  }
  const info = bufferSource(algorithm.info, prefix, 'algorithm.info');
  if (length > 255 * native.digestSize(digest) * 8) throw operationFailed();
  const [bytes, costUs] = native.hkdf(digest, key, salt, info, length >> 3);
  return onPool('HKDFJob', () => arrayBufferOf(bytes), costUs);
}

// AES-GCM (`iv`, `additionalData`, `tagLength`), AES-CBC (`iv`, PKCS#7 padding) and AES-CTR
// (`counter`, `length`) over the cipher streams of node:crypto.
function aesCipher(operation, argc, algorithm, key, data) {
  const prefix = `Failed to execute '${operation}' on 'SubtleCrypto'`;
  requiredArguments(argc, 3, prefix);
  algorithm = normalizeAlgorithm(algorithm, prefix);
  const bytes = bufferSource(data, prefix, '3rd argument');
  if (!algorithm.name.startsWith('AES-')) throw notSupported();
  requireUsage(key, operation, algorithm.name);
  const bits = key.algorithm.length;
  const mode = algorithm.name.slice(4).toLowerCase();
  const keyBytes = key[kKeyBytes];
  const job = 'AESCipherJob';
  if (mode === 'gcm') {
    const iv = bufferSource(algorithm.iv, prefix, 'algorithm.iv');
    const tagLength = algorithm.tagLength ?? 128;
    if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
      throw domException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
    }
    const aad = algorithm.additionalData === undefined ? undefined : bufferSource(algorithm.additionalData, prefix, 'algorithm.additionalData');
    const tagBytes = tagLength >> 3;
    return onPool(job, () => {
      if (operation === 'encrypt') {
        const c = new cipher.Cipheriv(`aes-${bits}-gcm`, keyBytes, iv, { authTagLength: tagBytes });
        if (aad) c.setAAD(aad);
        return arrayBufferOf(Buffer.concat([c.update(bytes), c.final(), c.getAuthTag()]));
      }
      if (bytes.length < tagBytes) throw operationFailed();
      const d = new cipher.Decipheriv(`aes-${bits}-gcm`, keyBytes, iv, { authTagLength: tagBytes });
      if (aad) d.setAAD(aad);
      d.setAuthTag(bytes.subarray(bytes.length - tagBytes));
      try {
        return arrayBufferOf(Buffer.concat([d.update(bytes.subarray(0, bytes.length - tagBytes)), d.final()]));
      } catch {
        throw operationFailed();
      }
    });
  }
  if (mode === 'cbc') {
    const iv = bufferSource(algorithm.iv, prefix, 'algorithm.iv');
    if (iv.length !== 16) throw domException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
    return onPool(job, () => {
      const Kind = operation === 'encrypt' ? cipher.Cipheriv : cipher.Decipheriv;
      const c = new Kind(`aes-${bits}-cbc`, keyBytes, iv);
      try {
        return arrayBufferOf(Buffer.concat([c.update(bytes), c.final()]));
      } catch {
        throw operationFailed();
      }
    });
  }
  const counter = bufferSource(algorithm.counter, prefix, 'algorithm.counter');
  if (counter.length !== 16) throw domException('algorithm.counter must contain exactly 16 bytes', 'OperationError');
  return onPool(job, () => {
    const c = new cipher.Cipheriv(`aes-${bits}-ctr`, keyBytes, counter);
    return arrayBufferOf(Buffer.concat([c.update(bytes), c.final()]));
  });
}

const subtle = new SubtleCrypto(kSubtle);

return { SubtleCrypto, CryptoKey, subtle };
