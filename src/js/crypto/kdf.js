//! Node 20's lib/internal/crypto/{pbkdf2,scrypt,hkdf}.js: argument checks in Node's order and
//! words, the Sync forms, and the callback forms as thread-pool jobs (`PBKDF2Job`,
//! `ScryptJob`, `HKDFJob`) whose callbacks run in a poll phase with the job as `this`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const {
  validateString, validateFunction, validateInteger, validateInt32, validateUint32, outOfRange,
  invalidArgType, getArrayBufferOrView, validateByteSource, invalidDigest, bytesOf, toBuffer,
  toArrayBuffer, runJob, isAnyArrayBuffer, isView,
} = internals['crypto/util'];
const { Buffer } = internals.loadBuiltin('buffer');

// ---------------------------------------------------------------- pbkdf2
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL takes these as signed ints, so Node keeps them to 31 bits.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  // PBKDF2Job's constructor: the digest is looked up before the job exists.
  if (!native.supported(digest)) throw invalidDigest(digest);
  return native.pbkdf2(digest, bytesOf(password), bytesOf(salt), iterations, keylen) ?? derivingFailed();
}

// A job whose OpenSSL call failed (a digest without an HMAC, such as shake128): the Sync form
// throws this, the callback form gets it.
function derivingFailed() {
  return new Error('Deriving bits failed');
}
// Run a job's work on the main thread (a Sync form): its result, or the error the job
// reports; the work's time passes on the main thread's clock.
function jobResult(work) {
  const result = work();
  if (result instanceof Error) throw result;
  native.syncJob(result[1]);
  return result;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const result = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const failed = result instanceof Error;
  runJob('PBKDF2Job', 'crypto.pbkdf2', failed ? undefined : result[1], function pbkdf2JobDone() {
    if (failed) return callback.call(this, result);
    return callback.call(this, null, toBuffer(result[0]));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return toBuffer(jobResult(() => pbkdf2Check(password, salt, iterations, keylen, digest))[0]);
}

// ---------------------------------------------------------------- scrypt
const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptOptions(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const invalidParameter = () => codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw invalidParameter();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw invalidParameter();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw invalidParameter();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // ScryptJob's constructor checks the parameters with OpenSSL before the job exists.
  const result = native.scrypt(bytesOf(password), bytesOf(salt), N, r, p, maxmem, keylen);
  if (result === 'params') throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  if (result === 'memory') {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return result;
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const [bytes, cost] = scryptOptions(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  runJob('ScryptJob', 'crypto.scrypt', cost, function scryptJobDone() {
    return callback.call(this, null, toBuffer(bytes));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return toBuffer(jobResult(() => scryptOptions(password, salt, keylen, options))[0]);
}

// ---------------------------------------------------------------- hkdf
// The key's bytes: a KeyObject's (secret keys only), a buffer's, or a string's (UTF-8).
function hkdfKey(key) {
  const keys = internals.cryptoKeys;
  if (keys && keys.isKeyObject(key)) return keys.secretBytes(key, 'ikm');
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (typeof key === 'string') key = Buffer.from(key);
  if (!isView(key)) {
    throw invalidArgType('ikm', 'of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer', key);
  }
  return bytesOf(key);
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = hkdfKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) throw outOfRange('info', 'must not contain more than 1024 bytes', info.byteLength);
  // HKDFJob's constructor: the digest, then the length against 255 of its outputs.
  if (!native.supported(hash)) throw invalidDigest(hash);
  if (!native.hmacSupported(hash)) return derivingFailed();
  if (length > 255 * native.digestSize(hash)) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return native.hkdf(hash, key, bytesOf(salt), bytesOf(info), length);
}

function hkdf(hash, key, salt, info, length, callback) {
  const result = hkdfCheck(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  const failed = result instanceof Error;
  runJob('HKDFJob', 'crypto.hkdf', failed ? undefined : result[1], function hkdfJobDone() {
    if (failed) return callback.call(this, result);
    callback.call(this, null, toArrayBuffer(result[0]));
  });
}

function hkdfSync(hash, key, salt, info, length) {
  return toArrayBuffer(jobResult(() => hkdfCheck(hash, key, salt, info, length))[0]);
}

return { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
