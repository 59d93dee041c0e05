//! Node 20's asymmetric keys (lib/internal/crypto/{keygen,keys,sig,cipher,diffiehellman}.js):
//! `PublicKeyObject`/`PrivateKeyObject`, `generateKeyPair(Sync)` ('rsa', 'ec', 'ed25519',
//! 'x25519'), `createPublicKey`/`createPrivateKey` (PEM, DER, KeyObject), `export` as PEM, DER or
//! JWK, `sign`/`verify` and `Sign`/`Verify`, `publicEncrypt`/`privateDecrypt`, `diffieHellman`.
//! A key object holds its DER (PKCS#8 or SPKI); the natives (src/crypto/key_natives.rs) parse it
//! for each operation.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const {
  invalidArgType, validateString, validateFunction, validateObject, validateUint32, isView,
  isAnyArrayBuffer, bytesOf, toBuffer, runJob, getArrayBufferOrView,
} = internals['crypto/util'];
const { KeyObject, isKeyObject, kKeyBytes } = internals['crypto/keys'];
const { Buffer } = internals.loadBuiltin('buffer');
const { Writable } = internals.loadBuiltin('stream');

const inspect = (value) => internals.inspect(value);
// An error made on the thread pool: its stack is its first line alone, as in node.
function withoutFrames(err) {
  Object.defineProperty(err, 'stack', { value: `${err.name}: ${err.message}`, writable: true, configurable: true, enumerable: false });
  return err;
}
const invalidArgValue = (name, value, reason = 'is invalid') => codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
  `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspect(value)}`);
const incompatible = (type, reason) => codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${type} ${reason}.`);
const invalidKeyObjectType = (type, expected) => codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${type}, expected ${expected}.`);
// OpenSSL's decoder error for bytes that are no key it knows.
const decoderError = () => Object.assign(new Error('error:1E08010C:DECODER routines::unsupported'), {
  library: 'DECODER routines', reason: 'unsupported', code: 'ERR_OSSL_UNSUPPORTED',
});

const kInfo = Symbol('kInfo');

// ---------------------------------------------------------------- key objects
class AsymmetricKeyObject extends KeyObject {
  constructor(type, info) {
    super(type, Buffer.from(info.der));
    Object.defineProperty(this, kInfo, { value: info, enumerable: false });
  }
  get asymmetricKeyType() { return this[kInfo].type; }
  get asymmetricKeyDetails() {
    const info = this[kInfo];
    switch (info.type) {
      case 'rsa': return { modulusLength: info.bits, publicExponent: info.exponent };
      case 'ec': return { namedCurve: info.curve };
      default: return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(info) { super('public', info); }
  export(options) {
    if (options?.format === 'jwk') return jwk(this);
    const { format, type } = parseEncoding(options, this.asymmetricKeyType, true, undefined);
    return encode(this, format, type);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(info) { super('private', info); }
  export(options) {
    if (options?.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding jwk does not support encryption.');
      }
      return jwk(this);
    }
    const { format, type } = parseEncoding(options, this.asymmetricKeyType, false, undefined);
    return encode(this, format, type);
  }
}

// A key object over a native's parse: `[type, isPrivate, der, spki, curve, bits, exponent]`.
function fromParse(parsed, wantPublic) {
  const [type, isPrivate, der, spki, curve, bits, exponent] = parsed;
  const exponentBig = exponent === undefined ? undefined : BigInt(`0x${Buffer.from(exponent).toString('hex') || '0'}`);
  const info = { type, curve, bits, exponent: exponentBig };
  if (wantPublic || !isPrivate) return new PublicKeyObject({ ...info, der: spki, private: false });
  return new PrivateKeyObject({ ...info, der, private: true });
}

// ---------------------------------------------------------------- encodings
const pemLabels = {
  spki: 'PUBLIC KEY', pkcs8: 'PRIVATE KEY', 'pkcs1-public': 'RSA PUBLIC KEY',
  'pkcs1-private': 'RSA PRIVATE KEY', sec1: 'EC PRIVATE KEY',
};

function parseEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const option = (name) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw invalidArgValue(option('format'), format);
  if (format === 'jwk') return { format, type };
  if (type === 'pkcs1') {
    if (keyType !== 'rsa') throw incompatible(type, 'can only be used for RSA keys');
  } else if (type === 'sec1' && isPublic !== true) {
    if (keyType !== 'ec') throw incompatible(type, 'can only be used for EC keys');
  } else if (!(type === 'spki' && isPublic !== false) && !(type === 'pkcs8' && isPublic !== true)) {
    throw invalidArgValue(option('type'), type);
  }
  if (isPublic !== true) {
    const { cipher, passphrase } = enc;
    if (cipher != null) {
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Encrypted private keys are not supported by looplab');
    } else if (passphrase !== undefined) {
      throw invalidArgValue(option('cipher'), cipher);
    }
  }
  return { format, type };
}

function encode(key, format, type) {
  const info = key[kInfo];
  const der = native.keyExport(info.der, info.private, type);
  if (der === null) throw invalidArgValue('options.type', type);
  if (format === 'der') return toBuffer(der);
  const label = pemLabels[type === 'pkcs1' ? `pkcs1-${key.type}` : type];
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

const jwkCurves = { prime256v1: 'P-256', secp384r1: 'P-384' };
function jwk(key) {
  const info = key[kInfo];
  const members = Object.fromEntries(native.keyJwk(info.der, info.private)
    .map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64url')]));
  // Node's members in its order per type (src/crypto/crypto_keys.cc's ExportJWK*).
  switch (info.type) {
    case 'rsa': return { kty: 'RSA', ...members };
    case 'ec': {
      const { x, y, d } = members;
      return d === undefined ? { kty: 'EC', x, y, crv: jwkCurves[info.curve] } : { kty: 'EC', x, y, crv: jwkCurves[info.curve], d };
    }
    default: {
      const crv = info.type === 'ed25519' ? 'Ed25519' : 'X25519';
      return members.d === undefined ? { crv, x: members.x, kty: 'OKP' } : { crv, d: members.d, x: members.x, kty: 'OKP' };
    }
  }
}

// The DER inside a PEM string (the first block), or null.
function pemBody(pem) {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (match === null) return null;
  if (/ENCRYPTED/.test(match[1])) return null;
  return Buffer.from(match[2].replace(/\s+/g, ''), 'base64');
}

// Node's prepareAsymmetricKey: a KeyObject, a PEM string or buffer, `{ key, format, type }`.
function prepareKey(key, wantPublic, ctxName) {
  if (isKeyObject(key)) {
    if (key.type === 'secret') throw invalidKeyObjectType(key.type, wantPublic ? 'private or public' : 'private');
    if (!wantPublic && key.type !== 'private') throw invalidKeyObjectType(key.type, 'private');
    const info = key[kInfo];
    if (wantPublic && key.type === 'private') return fromParse(native.keyParse(info.der), true);
    return key;
  }
  let data = key;
  let format = 'pem';
  let encoding;
  if (typeof key === 'object' && key !== null && !isView(key) && !isAnyArrayBuffer(key)) {
    if (isKeyObject(key.key)) return prepareKey(key.key, wantPublic, ctxName);
    ({ key: data, format = 'pem', encoding } = key);
    if (format === 'jwk') throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'JWK key import is not supported by looplab');
    if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
    if (typeof data !== 'string' && !isView(data) && !isAnyArrayBuffer(data)) {
      throw invalidArgType('key.key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', data);
    }
  } else if (typeof key !== 'string' && !isView(key) && !isAnyArrayBuffer(key)) {
    throw invalidArgType(ctxName, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or KeyObject', key);
  }
  let der;
  if (format === 'pem') {
    const text = typeof data === 'string' ? data : Buffer.from(bytesOf(data)).toString('latin1');
    der = pemBody(text);
  } else {
    der = Buffer.from(bytesOf(getArrayBufferOrView(data, 'key', encoding)));
  }
  const parsed = der === null ? null : native.keyParse(der);
  if (parsed === null) throw decoderError();
  if (!wantPublic && !parsed[1]) throw decoderError();
  return fromParse(parsed, wantPublic);
}

function createPublicKey(key) { return prepareKey(key, true, 'key'); }
function createPrivateKey(key) { return prepareKey(key, false, 'key'); }

// ---------------------------------------------------------------- generation
const curveNames = new Set(['P-256', 'prime256v1', 'secp256r1', 'P-384', 'secp384r1']);

function keyGenArgs(type, options) {
  validateString(type, 'type');
  let publicEncoding;
  let privateEncoding;
  const { publicKeyEncoding, privateKeyEncoding } = options ?? {};
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw invalidArgValue('options.publicKeyEncoding', publicKeyEncoding);
    publicEncoding = parseEncoding(publicKeyEncoding, type, true, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw invalidArgValue('options.privateKeyEncoding', privateKeyEncoding);
    privateEncoding = parseEncoding(privateKeyEncoding, type, false, 'privateKeyEncoding');
  }
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      return { type, bits: modulusLength, exponent: publicExponent, publicEncoding, privateEncoding };
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      // The job's constructor looks the curve up, so even the callback form throws.
      if (!curveNames.has(namedCurve)) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      if (paramEncoding != null && paramEncoding !== 'named') throw invalidArgValue('options.paramEncoding', paramEncoding);
      return { type, curve: namedCurve, publicEncoding, privateEncoding };
    }
    case 'ed25519':
    case 'x25519':
      return { type, publicEncoding, privateEncoding };
    default:
      throw invalidArgValue('type', type, 'must be a supported key type');
  }
}

// OpenSSL 3's words for an RSA key it will not make; node raises them as plain errors (no
// `code`). `rsa`: the `rsa` crate refused sizes OpenSSL's checks allow.
const keyGenFailure = {
  'key size too small': 'error:1C8000AB:Provider routines::key size too small',
  'pub exponent out of range': 'error:020000B2:rsa routines::pub exponent out of range',
  'malloc failure': 'error:030C0100:digital envelope routines::malloc failure',
  rsa: 'error:1C8000AB:Provider routines::key size too small',
};

// The job's work: `[error, [publicKey, privateKey], costUs]`.
function keyGenWork(args) {
  const result = native.keyGen(args.type, args.bits ?? 0, args.exponent ?? 0, args.curve);
  if (typeof result === 'string') {
    if (result === 'curve') return [codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name'), undefined, 0];
    return [new Error(keyGenFailure[result] ?? keyGenFailure.rsa), undefined, 0];
  }
  const [pkcs8, spki, cost] = result;
  const privateKey = fromParse(native.keyParse(pkcs8), false);
  const publicKey = fromParse(native.keyParse(spki), true);
  const out = (key, encoding) => (encoding === undefined ? key
    : encoding.format === 'jwk' ? jwk(key) : encode(key, encoding.format, encoding.type));
  return [undefined, [out(publicKey, args.publicEncoding), out(privateKey, args.privateEncoding)], cost];
}

function generateKeyPairSync(type, options) {
  const [error, keys, cost] = keyGenWork(keyGenArgs(type, options));
  if (error !== undefined) {
    // OpenSSL's error, made into a JS one by the job's run() and rethrown by handleError. V8
    // names the frame from the receiver: `crypto.generateKeyPairSync(...)` or a bare call.
    const frame = this == null || this === globalThis ? 'generateKeyPairSync' : 'Object.generateKeyPairSync';
    internals.prependStackFrames(error, `    at ${frame} (node:internal/crypto/keygen:106:63)`);
    internals.setThrowSite(error, 'node:internal/crypto/keygen:115\n    throw err;\n    ^\n');
    throw error;
  }
  native.syncJob(cost);
  return { publicKey: keys[0], privateKey: keys[1] };
}

const jobNames = { rsa: 'RsaKeyPairGenJob', ec: 'EcKeyPairGenJob', ed25519: 'NidKeyPairGenJob', x25519: 'NidKeyPairGenJob' };
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const args = keyGenArgs(type, options);
  const [error, keys, cost] = keyGenWork(args);
  runJob(jobNames[args.type], 'crypto.generateKeyPair', cost, function keyPairJobDone() {
    // Made on the thread pool, the error has no JavaScript frames in node.
    if (error !== undefined) return callback.call(this, withoutFrames(error));
    return callback.call(this, null, keys[0], keys[1]);
  });
}
internals.customPromisifyArgs ??= Symbol('customPromisifyArgs');
Object.defineProperty(generateKeyPair, internals.customPromisifyArgs, {
  value: ['publicKey', 'privateKey'], enumerable: false,
});

// ---------------------------------------------------------------- signatures
function signError(result) {
  if (result === 'digest') return codedError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest');
  return codedError(Error, 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE', 'error:1C8000A5:Provider routines::operation not supported for this keytype');
}

function dataBytes(data, name) {
  if (!isView(data) && !isAnyArrayBuffer(data)) {
    throw invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', data);
  }
  return bytesOf(data);
}

// OpenSSL's digest names for signatures: any case, and the RSA-prefixed aliases
// ('RSA-SHA256').
const digestName = (algorithm) => (algorithm == null ? null : algorithm.toLowerCase().replace(/^rsa-/, ''));

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const bytes = dataBytes(data, 'data');
  if (!key) throw codedError(TypeError, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  const keyObject = prepareKey(key, false, 'key');
  const result = native.sign(keyObject[kInfo].der, digestName(algorithm), bytes);
  if (typeof result === 'string') throw signError(result);
  const signature = toBuffer(result);
  if (callback === undefined) return signature;
  runJob('SignJob', 'crypto.sign', 10, function signJobDone() { callback.call(this, null, signature); });
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const bytes = dataBytes(data, 'data');
  const keyObject = prepareKey(key, true, 'key');
  const sig = dataBytes(signature, 'signature');
  const info = keyObject[kInfo];
  const result = native.verify(info.der, info.private, digestName(algorithm), bytes, sig);
  if (typeof result === 'string') throw signError(result);
  if (callback === undefined) return result;
  runJob('SignJob', 'crypto.verify', 10, function verifyJobDone() { callback.call(this, null, result); });
}

// Sign and Verify are Writable streams over a buffered message (Node's hash the data as it
// comes; the result is the same). Both extend Writable directly, as Node's do, and share the
// buffering methods below.
const messageBuffering = {
  _write(chunk, encoding, callback) { this.update(chunk, encoding); callback(); },
  update(data, encoding) {
    this._chunks.push(typeof data === 'string' ? Buffer.from(data, encoding ?? 'utf8') : Buffer.from(dataBytes(data, 'data')));
    return this;
  },
};
function startMessage(stream, algorithm) {
  stream._algorithm = algorithm;
  stream._chunks = [];
}

class Sign extends Writable {
  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    super(options);
    startMessage(this, algorithm);
  }
  sign(privateKey, outputEncoding) {
    const signature = sign(this._algorithm, Buffer.concat(this._chunks), privateKey);
    return outputEncoding && outputEncoding !== 'buffer' ? signature.toString(outputEncoding) : signature;
  }
}

class Verify extends Writable {
  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    super(options);
    startMessage(this, algorithm);
  }
  verify(key, signature, sigEncoding) {
    const sig = typeof signature === 'string' ? Buffer.from(signature, sigEncoding ?? 'utf8') : signature;
    return verify(this._algorithm, Buffer.concat(this._chunks), key, sig);
  }
}
for (const Stream of [Sign, Verify]) {
  for (const [name, method] of Object.entries(messageBuffering)) {
    Object.defineProperty(Stream.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
}

// ---------------------------------------------------------------- RSA encryption
const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function rsaOptions(key) {
  if (typeof key === 'object' && key !== null && !isKeyObject(key) && !isView(key) && !isAnyArrayBuffer(key)) {
    return { padding: key.padding ?? RSA_PKCS1_OAEP_PADDING, oaepHash: key.oaepHash ?? 'sha1' };
  }
  return { padding: RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' };
}

function publicEncrypt(key, buffer) {
  const { padding, oaepHash } = rsaOptions(key);
  const keyObject = prepareKey(key, true, 'key');
  const data = bytesOf(getArrayBufferOrView(buffer, 'buffer'));
  const info = keyObject[kInfo];
  const out = native.publicEncrypt(info.der, info.private, padding, oaepHash, data);
  if (out === null) {
    throw Object.assign(new Error('error:0200006E:rsa routines::data too large for key size'), {
      library: 'rsa routines', reason: 'data too large for key size', code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE',
    });
  }
  return toBuffer(out);
}

function privateDecrypt(key, buffer) {
  const { padding, oaepHash } = rsaOptions(key);
  const keyObject = prepareKey(key, false, 'key');
  const data = bytesOf(getArrayBufferOrView(buffer, 'buffer'));
  const out = native.privateDecrypt(keyObject[kInfo].der, padding, oaepHash, data);
  if (out === null) {
    throw Object.assign(new Error('error:02000079:rsa routines::oaep decoding error'), {
      library: 'rsa routines', reason: 'oaep decoding error', code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
    });
  }
  return toBuffer(out);
}

// ---------------------------------------------------------------- diffieHellman
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw invalidArgValue('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw invalidArgValue('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw invalidKeyObjectType(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') throw invalidKeyObjectType(publicKey.type, 'private or public');
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType) {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', `Incompatible key types for Diffie-Hellman: ${privateType} and ${publicType}`);
  }
  const out = native.diffieHellman(privateKey[kInfo].der, true, publicKey[kInfo].der, publicKey[kInfo].private);
  if (out === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Diffie-Hellman failed');
  return toBuffer(out);
}

internals.cryptoAsymmetric = { PublicKeyObject, PrivateKeyObject };

return {
  PublicKeyObject, PrivateKeyObject, generateKeyPair, generateKeyPairSync, createPublicKey,
  createPrivateKey, sign, verify, Sign, Verify, createSign: (algorithm, options) => new Sign(algorithm, options),
  createVerify: (algorithm, options) => new Verify(algorithm, options), publicEncrypt, privateDecrypt,
  diffieHellman, RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING,
};
