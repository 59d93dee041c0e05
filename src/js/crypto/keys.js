//! Node 20's lib/internal/crypto/keys.js for secret keys: `KeyObject` and `SecretKeyObject`
//! (`createSecretKey`, `type`, `symmetricKeySize`, `export` as bytes or a JWK, `equals`) and
//! `prepareSecretKey`, which every API taking a key goes through.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const { invalidArgType, isAnyArrayBuffer, isView, getArrayBufferOrView, validateObject, bytesOf } = internals['crypto/util'];
const { Buffer } = internals.loadBuiltin('buffer');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

class KeyObject {
  constructor(type, bytes) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'type' is invalid. Received ${internals.inspect(type)}`);
    }
    this[kKeyType] = type;
    // Node keeps the key material in a native handle, out of inspect's sight.
    Object.defineProperty(this, kKeyBytes, { value: bytes, enumerable: false });
  }
  get type() { return this[kKeyType]; }
  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && Buffer.compare(otherKeyObject[kKeyBytes], this[kKeyBytes]) === 0;
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(bytes) { super('secret', bytes); }
  get symmetricKeySize() { return this[kKeyBytes].length; }
  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') return { kty: 'oct', k: this[kKeyBytes].toString('base64url') };
      if (options.format !== undefined && options.format !== 'buffer') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. Received ${internals.inspect(options.format)}`);
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

const isKeyObject = (value) => value instanceof KeyObject;

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(Buffer.from(bytesOf(key)));
}

// The bytes of a secret key given as a KeyObject, a CryptoKey, a buffer or a string.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') {
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected secret.`);
      }
      return key[kKeyBytes];
    }
    const cryptoKey = internals.cryptoKeyObject?.(key);
    if (cryptoKey) return cryptoKey[kKeyBytes];
  }
  if (isAnyArrayBuffer(key)) return key;
  if (typeof key !== 'string' && !isView(key)) {
    throw invalidArgType('key', bufferOnly ? 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView'
      : 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

// The bytes of a secret KeyObject (for hkdf's `ikm`).
function secretBytes(key) {
  return bytesOf(prepareSecretKey(key));
}

internals.cryptoKeys = { isKeyObject, secretBytes, kKeyBytes };

return { KeyObject, SecretKeyObject, createSecretKey, prepareSecretKey, isKeyObject, secretBytes, kKeyBytes };
