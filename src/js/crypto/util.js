//! What Node 20's lib/internal/crypto/util.js and the validators give every part of
//! `node:crypto`: argument checks in Node's words, byte sources (`getArrayBufferOrView`,
//! `validateByteSource`), and the thread-pool job whose callback runs in a poll phase.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;
const { Buffer } = internals.loadBuiltin('buffer');

function invalidArgType(name, type, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${type}.${describeReceived(value)}`);
}
// lib/internal/errors.js's ERR_OUT_OF_RANGE (large integers with numeric separators).
const outOfRange = (name, range, value) => internals.outOfRange(name, range, value);
function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, 'of type object', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}
// lib/internal/validators.js: an integer in [min, max], with Node's two range messages.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}
function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}
function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

const isView = (value) => ArrayBuffer.isView(value);
const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
// The bytes of a view or an ArrayBuffer, without a copy.
function bytesOf(source) {
  if (isAnyArrayBuffer(source)) return new Uint8Array(source);
  return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

// getArrayBufferOrView: strings become Buffers (in `encoding`), views and buffers pass.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isView(buffer)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', buffer);
  }
  return buffer;
}
function validateByteSource(value, name) {
  if (typeof value === 'string') value = Buffer.from(value);
  if (isAnyArrayBuffer(value) || isView(value)) return value;
  throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer', value);
}

function invalidDigest(name) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
}

// A Buffer over a native's Uint8Array.
const toBuffer = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
// An ArrayBuffer holding exactly a native's bytes.
const toArrayBuffer = (u8) => (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8.buffer : u8.slice().buffer);

// A CryptoJob in kCryptoJobAsync mode (src/crypto/crypto_util.h): the work runs on a thread
// of libuv's pool and `ondone` runs in a later poll phase, with `this` the job (a `PBKDF2Job`,
// `ScryptJob`, ...). The natives compute the result at once; the request delivers it when a
// thread would have finished it.
const jobClasses = new Map();
function runJob(name, api, costUs, ondone) {
  let Job = jobClasses.get(name);
  if (Job === undefined) {
    Job = { [name]: class { constructor(callback) { this.ondone = callback; } } }[name];
    jobClasses.set(name, Job);
  }
  const job = new Job(ondone);
  native.jobSetup();
  native.request(() => job.ondone(), costUs, api);
  return job;
}

return {
  invalidArgType, outOfRange, validateString, validateFunction, validateObject, validateBoolean,
  validateInteger, validateInt32, validateUint32, isView, isAnyArrayBuffer, bytesOf,
  getArrayBufferOrView, validateByteSource, invalidDigest, toBuffer, toArrayBuffer, runJob,
};
