//! Node 20's lib/internal/crypto/cipher.js: `Cipheriv`/`Decipheriv` (LazyTransform streams,
//! `update` with input and output encodings through a StringDecoder, `final`,
//! `setAutoPadding`, `getAuthTag`/`setAuthTag`/`setAAD`), `getCipherInfo`, `getCiphers`.
//! `CipherBase` stands in for the native handle (src/crypto/crypto_cipher.cc): OpenSSL's
//! EVP buffering (a decipher holds its last block back for the padding check), its errors
//! in its words, over the pure block and keystream natives of src/crypto/cipher.rs.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const {
  invalidArgType, validateString, validateObject, validateInt32, isView, bytesOf,
  getArrayBufferOrView, toBuffer,
} = internals['crypto/util'];
const { prepareSecretKey } = internals['crypto/keys'];
const { LazyTransform } = internals['crypto/lazy_transform'];
const { Buffer } = internals.loadBuiltin('buffer');
const { StringDecoder } = internals.loadBuiltin('string_decoder');

const kHandle = Symbol('kHandle');

function invalidState(operation) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', operation === undefined ? 'Invalid state' : `Invalid state for operation ${operation}`);
}
// An OpenSSL provider error as Node raises it (crypto::ThrowCryptoError).
function providerError(hex, reason) {
  const err = new Error(`error:${hex}:Provider routines::${reason}`);
  err.library = 'Provider routines';
  err.reason = reason;
  Object.defineProperty(err, 'code', { value: `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`, enumerable: true, writable: true, configurable: true });
  return err;
}
const authFailed = () => new Error('Unsupported state or unable to authenticate data');

const EMPTY = new Uint8Array(0);
function concat(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// [name, nid, mode, keyLength, ivLength, blockSize] of a cipher, or null.
function cipherInfo(nameOrNid) {
  const info = native.cipherInfo(nameOrNid);
  if (info === null) return null;
  const [name, nid, mode, keyLength, ivLength, blockSize] = info;
  return { name, nid, mode, keyLength, ivLength, blockSize };
}

const isAead = (mode) => mode === 'gcm' || mode === 'stream';
// Tag lengths OpenSSL accepts: GCM's 4, 8 and 12 to 16; ChaCha20-Poly1305's 1 to 16.
const validTagLength = (mode, n) => (mode === 'gcm' ? n === 4 || n === 8 || (n >= 12 && n <= 16) : n >= 1 && n <= 16);

class CipherBase {
  #info; #key; #iv; #encrypt; #pending = EMPTY; #offset = 0; #autoPadding = true; #done = false;
  #aad = EMPTY; #text = EMPTY; #tag; #tagLength; #tagSet = false; #updated = false;

  constructor(encrypt) { this.#encrypt = encrypt; }

  initiv(name, key, iv, authTagLength) {
    const info = cipherInfo(name);
    if (info === null) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    key = bytesOf(key);
    // An IV is required unless the cipher takes none (ECB), where null or an empty one passes.
    const ivBytes = iv === null ? null : bytesOf(iv);
    const ivOk = info.ivLength === 0 ? ivBytes === null || ivBytes.length === 0
      : ivBytes !== null && (isAead(info.mode) ? (info.mode === 'gcm' ? ivBytes.length > 0 : ivBytes.length >= 1 && ivBytes.length <= 12) : ivBytes.length === info.ivLength);
    if (!ivOk) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    if (key.length !== info.keyLength) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    if (isAead(info.mode)) {
      if (authTagLength !== -1 && !validTagLength(info.mode, authTagLength)) {
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${authTagLength}`);
      }
      this.#tagLength = authTagLength === -1 ? 16 : authTagLength;
    }
    this.#info = info;
    this.#key = Uint8Array.from(key);
    // ChaCha20-Poly1305 pads a short nonce with leading zeros, as OpenSSL does.
    this.#iv = ivBytes === null ? EMPTY
      : info.mode === 'stream' && ivBytes.length < 12 ? concat(new Uint8Array(12 - ivBytes.length), ivBytes) : Uint8Array.from(ivBytes);
  }

  update(bytes) {
    if (this.#done) throw new Error('Trying to add data in unsupported state');
    this.#updated = true;
    const { mode } = this.#info;
    if (!(mode === 'ecb' || mode === 'cbc')) {
      const out = native.cipherStream(mode, this.#key, this.#iv, this.#offset, bytes);
      this.#offset += bytes.length;
      if (isAead(mode)) this.#text = concat(this.#text, this.#encrypt ? out : bytes);
      return toBuffer(out);
    }
    const total = concat(this.#pending, bytes);
    let whole = total.length - (total.length % 16);
    // EVP_DecryptUpdate keeps the last block back while padding is on: final checks it.
    if (!this.#encrypt && this.#autoPadding && whole === total.length && whole > 0) whole -= 16;
    this.#pending = total.slice(whole);
    return toBuffer(this.#blocks(total.subarray(0, whole)));
  }

  #blocks(data) {
    if (data.length === 0) return EMPTY;
    const out = native.cipherBlocks(this.#info.mode, this.#key, this.#iv, data, this.#encrypt);
    // CBC chains on the last ciphertext block.
    if (this.#info.mode === 'cbc') this.#iv = (this.#encrypt ? out : data).slice(-16);
    return out;
  }

  final() {
    if (this.#done) throw invalidState();
    this.#done = true;
    const { mode } = this.#info;
    if (isAead(mode)) {
      const tag = native.cipherTag(mode, this.#key, this.#iv, this.#aad, this.#text, this.#tagLength);
      if (this.#encrypt) {
        this.#tag = toBuffer(tag);
      } else if (!this.#tagSet || Buffer.compare(Buffer.from(tag.subarray(0, this.#tag.length)), this.#tag) !== 0) {
        throw authFailed();
      }
      return Buffer.alloc(0);
    }
    if (mode !== 'ecb' && mode !== 'cbc') return Buffer.alloc(0);
    const pending = this.#pending;
    this.#pending = EMPTY;
    if (this.#encrypt) {
      if (!this.#autoPadding) {
        if (pending.length !== 0) throw providerError('1C80006B', 'wrong final block length');
        return Buffer.alloc(0);
      }
      const pad = 16 - pending.length;
      return toBuffer(this.#blocks(concat(pending, new Uint8Array(pad).fill(pad))));
    }
    if (!this.#autoPadding) {
      if (pending.length !== 0) throw providerError('1C80006B', 'wrong final block length');
      return Buffer.alloc(0);
    }
    if (pending.length !== 16) throw providerError('1C80006B', 'wrong final block length');
    const block = this.#blocks(pending);
    const pad = block[15];
    if (pad < 1 || pad > 16 || block.subarray(16 - pad).some((b) => b !== pad)) {
      throw providerError('1C800064', 'bad decrypt');
    }
    return toBuffer(block.slice(0, 16 - pad));
  }

  setAutoPadding(on) {
    if (this.#done) return false;
    this.#autoPadding = on;
    return true;
  }

  getAuthTag() {
    if (!this.#encrypt || !this.#done || this.#tag === undefined) return undefined;
    return this.#tag;
  }

  setAuthTag(tag) {
    if (this.#encrypt || this.#done || this.#tagSet || !isAead(this.#info.mode)) return false;
    const bytes = bytesOf(tag);
    if (!validTagLength(this.#info.mode, bytes.length) || (this.#tagLength !== 16 && bytes.length !== this.#tagLength)) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${bytes.length}`);
    }
    this.#tag = Buffer.from(bytes);
    this.#tagSet = true;
    return true;
  }

  setAAD(aad) {
    if (this.#done || this.#updated || !isAead(this.#info.mode)) return false;
    this.#aad = concat(this.#aad, Uint8Array.from(bytesOf(aad)));
    return true;
  }
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.${key}' is invalid. Received ${internals.inspect(value)}`);
    }
    return value;
  }
  return -1;
}
function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function getDecoder(decoder, encoding) {
  const normalized = Buffer.isEncoding(encoding) ? new StringDecoder(encoding).encoding : undefined;
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    throw new Error('Cannot change encoding');
  }
  return decoder;
}

function createCipherWithIV(cipher, key, options, decipher, iv) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  this[kHandle] = new CipherBase(decipher);
  this[kHandle].initiv(cipher, key, iv, authTagLength);
  this._decoder = null;
  LazyTransform.call(this, options);
}

// lib/internal/validators.js validateEncoding: hex text must have an even length.
function validateEncoding(data, encoding) {
  const normalized = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'encoding' is invalid for data of length ${data.length}. Received ${internals.inspect(encoding)}`);
  }
}

function update(data, inputEncoding, outputEncoding) {
  let bytes;
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    bytes = bytesOf(Buffer.from(data, Buffer.isEncoding(inputEncoding) && inputEncoding !== 'buffer' ? inputEncoding : 'utf8'));
  } else if (!isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  } else {
    bytes = bytesOf(data);
  }
  const ret = this[kHandle].update(bytes);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = this[kHandle].final();
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw invalidState('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw invalidState('getAuthTag');
  return ret;
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!this[kHandle].setAuthTag(tagbuf)) throw invalidState('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!this[kHandle].setAAD(aadbuf)) throw invalidState('setAAD');
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this[kHandle].update(typeof chunk === 'string' ? bytesOf(Buffer.from(chunk, encoding)) : bytesOf(chunk)));
  callback();
}

function _flush(callback) {
  try {
    this.push(this[kHandle].final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, true, iv);
}
function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, false, iv);
}
for (const constructor of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(constructor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(constructor, LazyTransform);
  Object.assign(constructor.prototype, { _transform, _flush, update, final, setAutoPadding });
  if (constructor === Cipheriv) constructor.prototype.getAuthTag = getAuthTag;
  else constructor.prototype.setAuthTag = setAuthTag;
  constructor.prototype.setAAD = setAAD;
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', 'one of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = cipherInfo(nameOrNid);
  if (info === null) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined && ivLength !== info.ivLength) {
    if (info.mode !== 'gcm' || ivLength <= 0) return undefined;
  }
  const ret = { mode: info.mode, name: info.name, nid: info.nid };
  // A stream cipher reports no block size.
  if (info.mode !== 'stream') ret.blockSize = info.blockSize;
  if (info.ivLength !== 0) ret.ivLength = ivLength ?? info.ivLength;
  ret.keyLength = info.keyLength;
  return ret;
}

// OpenSSL 3's cipher names, as Node 20's `getCiphers()` lists them.
const CIPHERS = ('aes-128-cbc aes-128-cbc-hmac-sha1 aes-128-cbc-hmac-sha256 aes-128-ccm aes-128-cfb aes-128-cfb1 ' +
  'aes-128-cfb8 aes-128-ctr aes-128-ecb aes-128-gcm aes-128-ocb aes-128-ofb aes-128-xts aes-192-cbc aes-192-ccm ' +
  'aes-192-cfb aes-192-cfb1 aes-192-cfb8 aes-192-ctr aes-192-ecb aes-192-gcm aes-192-ocb aes-192-ofb aes-256-cbc ' +
  'aes-256-cbc-hmac-sha1 aes-256-cbc-hmac-sha256 aes-256-ccm aes-256-cfb aes-256-cfb1 aes-256-cfb8 aes-256-ctr ' +
  'aes-256-ecb aes-256-gcm aes-256-ocb aes-256-ofb aes-256-xts aes128 aes128-wrap aes192 aes192-wrap aes256 ' +
  'aes256-wrap aria-128-cbc aria-128-ccm aria-128-cfb aria-128-cfb1 aria-128-cfb8 aria-128-ctr aria-128-ecb ' +
  'aria-128-gcm aria-128-ofb aria-192-cbc aria-192-ccm aria-192-cfb aria-192-cfb1 aria-192-cfb8 aria-192-ctr ' +
  'aria-192-ecb aria-192-gcm aria-192-ofb aria-256-cbc aria-256-ccm aria-256-cfb aria-256-cfb1 aria-256-cfb8 ' +
  'aria-256-ctr aria-256-ecb aria-256-gcm aria-256-ofb aria128 aria192 aria256 camellia-128-cbc camellia-128-cfb ' +
  'camellia-128-cfb1 camellia-128-cfb8 camellia-128-ctr camellia-128-ecb camellia-128-ofb camellia-192-cbc ' +
  'camellia-192-cfb camellia-192-cfb1 camellia-192-cfb8 camellia-192-ctr camellia-192-ecb camellia-192-ofb ' +
  'camellia-256-cbc camellia-256-cfb camellia-256-cfb1 camellia-256-cfb8 camellia-256-ctr camellia-256-ecb ' +
  'camellia-256-ofb camellia128 camellia192 camellia256 chacha20 chacha20-poly1305 des-ede des-ede-cbc ' +
  'des-ede-cfb des-ede-ecb des-ede-ofb des-ede3 des-ede3-cbc des-ede3-cfb des-ede3-cfb1 des-ede3-cfb8 ' +
  'des-ede3-ecb des-ede3-ofb des3 des3-wrap id-aes128-CCM id-aes128-GCM id-aes128-wrap id-aes128-wrap-pad ' +
  'id-aes192-CCM id-aes192-GCM id-aes192-wrap id-aes192-wrap-pad id-aes256-CCM id-aes256-GCM id-aes256-wrap ' +
  'id-aes256-wrap-pad id-smime-alg-CMS3DESwrap sm4 sm4-cbc sm4-cfb sm4-ctr sm4-ecb sm4-ofb').split(' ');
const getCiphers = () => CIPHERS.slice();

return { Cipheriv, Decipheriv, getCipherInfo, getCiphers };
