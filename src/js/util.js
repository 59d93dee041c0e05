//! `node:util` as Node 20.20.2's `lib/util.js` assembles it: `promisify` (with
//! `util.promisify.custom`), `callbackify`, `deprecate`, `inherits`, `types`, `parseArgs`,
//! `styleText`, `debuglog`, the system error names, `aborted` and the legacy `is*` checks, over
//! the prelude's `inspect` and `format`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process, inspect, format, formatWithOptions } = internals;

function argTypeError(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
// `frames`: Node's own above the caller (the API's), when the API's check is Node's
// hideStackFrames validator.
function validateFunction(value, name, frames) {
  if (typeof value !== 'function') {
    const err = argTypeError(name, 'of type function', value);
    if (frames) internals.atHiddenValidator(err, frames);
    throw err;
  }
}
// lib/util.js inherits throws its errors itself (Node 20.20.2's lines and columns).
function inheritsError(name, expected, value, line) {
  const err = argTypeError(name, expected, value);
  const source = name === 'superCtor.prototype'
    ? "    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype',"
    : `    throw new ERR_INVALID_ARG_TYPE('${name}', 'Function', ${name});`;
  internals.setThrowSite(err, `node:util:${line}\n${source}\n    ^\n`);
  internals.prependStackFrames(err, `    at Object.inherits (node:util:${line}:11)`);
  return err;
}

// ---------------------------------------------------------------- promisify
// A function whose last parameter is a Node callback becomes one that returns a promise of
// the callback's first value. A function may carry its own promisified form under
// `util.promisify.custom` (setTimeout, fs.exists); the result is marked with it too, so
// promisifying twice returns the same function.
const kCustom = Symbol.for('nodejs.util.promisify.custom');
function markPromisified(fn) {
  return Object.defineProperty(fn, kCustom, { value: fn, enumerable: false, writable: false, configurable: true });
}
internals.customPromisifyArgs ??= Symbol('customPromisifyArgs');
const kCustomPromisifyArgs = internals.customPromisifyArgs;
function promisify(original) {
  validateFunction(original, 'original', ['Object.promisify (node:internal/util:409:3)']);
  if (original[kCustom]) {
    const custom = original[kCustom];
    validateFunction(custom, 'util.promisify.custom');
    return markPromisified(custom);
  }
  // Node's customPromisifyArgs: a callback with several results resolves to an object of them
  // (crypto.generateKeyPair's { publicKey, privateKey }).
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames === undefined) return resolve(values[0]);
        const obj = {};
        for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
        resolve(obj);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  markPromisified(fn);
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustom;

// lib/util.js callbackify: the callback runs in a nextTick; a falsy rejection is wrapped.
function callbackify(original) {
  validateFunction(original, 'original', ['Object.callbackify (node:util:383:3)']);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The last argument must be of type function.${describeReceived(maybeCb)}`);
    }
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const wrapped = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

// ---------------------------------------------------------------- deprecate
// lib/internal/util.js deprecate: the wrapper warns on its first call (once per code across
// wrappers); process.noDeprecation is read when it warns, not when it wraps.
const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') throw argTypeError('code', 'of type string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned.add(code);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  // V8's words when `fn` cannot be a prototype (Node does not check `fn` first).
  if (fn === undefined || (fn !== null && typeof fn !== 'object' && typeof fn !== 'function')) {
    throw new TypeError(`Object prototype may only be an Object or null: ${String(fn)}`);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn && fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------- inherits
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw inheritsError('ctor', 'of type function', ctor, 324);
  if (superCtor === undefined || superCtor === null) throw inheritsError('superCtor', 'of type function', superCtor, 327);
  if (superCtor.prototype === undefined) {
    throw inheritsError('superCtor.prototype', 'of type object', superCtor.prototype, 330);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// util.types: brand checks that hold across realms and subclasses where Boa lets us tell.
const brand = (getter) => (v) => { try { getter(v); return true; } catch { return false; } };
const protoGetter = (C, name) => {
  const get = Object.getOwnPropertyDescriptor(C.prototype, name).get;
  return (v) => Reflect.apply(get, v, []);
};
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const objectTag = (v) => Object.prototype.toString.call(v);
const isTypedArrayOf = (name) => (v) => typedArrayTag.call(v) === name;
const fnTag = (v) => (typeof v === 'function' ? objectTag(v) : '');
const types = {
  isExternal: () => false,
  isDate: brand((v) => Date.prototype.getTime.call(v)),
  isArgumentsObject: (v) => objectTag(v) === '[object Arguments]',
  isBigIntObject: (v) => typeof v === 'object' && brand((x) => BigInt.prototype.valueOf.call(x))(v),
  isBooleanObject: (v) => typeof v === 'object' && brand((x) => Boolean.prototype.valueOf.call(x))(v),
  isNumberObject: (v) => typeof v === 'object' && brand((x) => Number.prototype.valueOf.call(x))(v),
  isStringObject: (v) => typeof v === 'object' && brand((x) => String.prototype.valueOf.call(x))(v),
  isSymbolObject: (v) => typeof v === 'object' && brand((x) => Symbol.prototype.valueOf.call(x))(v),
  isNativeError: (v) => v instanceof Error || (v !== null && typeof v === 'object' && objectTag(v) === '[object Error]'),
  isRegExp: brand(protoGetter(RegExp, 'source')),
  // Async functions and async generator functions are both "async" to V8.
  isAsyncFunction: (v) => fnTag(v) === '[object AsyncFunction]' || fnTag(v) === '[object AsyncGeneratorFunction]',
  isGeneratorFunction: (v) => fnTag(v) === '[object GeneratorFunction]' || fnTag(v) === '[object AsyncGeneratorFunction]',
  isGeneratorObject: (v) => v !== null && typeof v === 'object' && (objectTag(v) === '[object Generator]' || objectTag(v) === '[object AsyncGenerator]'),
  isPromise: (v) => v instanceof Promise,
  isMap: brand(protoGetter(Map, 'size')),
  isSet: brand(protoGetter(Set, 'size')),
  isMapIterator: (v) => objectTag(v) === '[object Map Iterator]',
  isSetIterator: (v) => objectTag(v) === '[object Set Iterator]',
  isWeakMap: brand((v) => WeakMap.prototype.has.call(v, {})),
  isWeakSet: brand((v) => WeakSet.prototype.has.call(v, {})),
  isArrayBuffer: brand(protoGetter(ArrayBuffer, 'byteLength')),
  isDataView: brand(protoGetter(DataView, 'byteLength')),
  isSharedArrayBuffer: typeof SharedArrayBuffer === 'function' ? brand(protoGetter(SharedArrayBuffer, 'byteLength')) : () => false,
  isProxy: (v) => internals.isProxy(v),
  // A module namespace: null prototype, tagged 'Module', not extensible.
  isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null
    && Object.getOwnPropertyDescriptor(v, Symbol.toStringTag)?.value === 'Module' && !Object.isExtensible(v),
  isAnyArrayBuffer: (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v)
    || types.isBigIntObject(v) || types.isSymbolObject(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => typedArrayTag.call(v) !== undefined,
  isUint8Array: isTypedArrayOf('Uint8Array'),
  isUint8ClampedArray: isTypedArrayOf('Uint8ClampedArray'),
  isUint16Array: isTypedArrayOf('Uint16Array'),
  isUint32Array: isTypedArrayOf('Uint32Array'),
  isInt8Array: isTypedArrayOf('Int8Array'),
  isInt16Array: isTypedArrayOf('Int16Array'),
  isInt32Array: isTypedArrayOf('Int32Array'),
  isFloat32Array: isTypedArrayOf('Float32Array'),
  isFloat64Array: isTypedArrayOf('Float64Array'),
  isBigInt64Array: isTypedArrayOf('BigInt64Array'),
  isBigUint64Array: isTypedArrayOf('BigUint64Array'),
};
// Node defines these two last, with `value(obj)` methods (so their name is 'value'), fixed in
// place. Until node:crypto is loaded no KeyObject or CryptoKey can exist.
Object.defineProperties(types, {
  isKeyObject: { __proto__: null, configurable: false, enumerable: true, value(obj) { return internals.cryptoKeys?.isKeyObject(obj) ?? false; } },
  isCryptoKey: { __proto__: null, configurable: false, enumerable: true, value(obj) { return internals.cryptoKeyObject?.(obj) !== undefined; } },
});

// ANSI escape sequences (lib/internal/util/inspect.js ansiPattern).
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "str" argument must be of type string.${describeReceived(str)}`);
  }
  return str.replace(ansi, '');
}

function toUSVString(input) {
  return `${input}`.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// ---------------------------------------------------------------- colors and styleText
// inspect.colors and inspect.styles (lib/internal/util/inspect.js), and the aliases Node
// defines as non-enumerable getters.
const colors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49],
  bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49],
  bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39],
  cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49],
  bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
for (const [alias, name] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
  ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline'],
]) {
  const [target, key] = alias in colors ? [alias, name] : [name, alias];
  Object.defineProperty(colors, key, {
    get() { return this[target]; },
    set(value) { Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true }); },
    configurable: true,
    enumerable: false,
  });
}
inspect.colors = colors;
inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

// lib/internal/util/colors.js shouldColorize: FORCE_COLOR decides, else only a TTY gets color
// (looplab's stdout is a pipe).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  return !!(stream && stream.isTTY);
}
const isStream = (s) => s !== null && typeof s === 'object' && typeof s.on === 'function'
  && (typeof s.write === 'function' || typeof s.pipe === 'function' || typeof s.read === 'function');
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw argTypeError('text', 'of type string', text);
  if (typeof validateStream !== 'boolean') throw argTypeError('options.validateStream', 'of type boolean', validateStream);
  if (validateStream && !isStream(stream)) {
    throw argTypeError('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  const codesOf = (key) => {
    const codes = colors[key];
    if (codes == null) {
      const allowed = Object.keys(colors).map((k) => `'${k}'`).join(', ');
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'format' must be one of: ${allowed}. Received ${inspect(key)}`);
    }
    return codes;
  };
  // Node 20 colors a list of formats without asking the stream.
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const [open, close] = codesOf(key);
      left += `\u001b[${open}m`;
      right = `\u001b[${close}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const [open, close] = codesOf(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

// ---------------------------------------------------------------- debuglog
// NODE_DEBUG=a,b* turns sections on; a section's logger prints `SECTION pid: message` on
// stderr. The callback gets the real logger the first time the section logs.
let debugPattern;
function debugEnabled(section) {
  if (debugPattern === undefined) {
    const spec = process.env.NODE_DEBUG || '';
    const source = spec.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    debugPattern = spec === '' ? null : new RegExp(`^${source}$`, 'i');
  }
  return debugPattern !== null && debugPattern.test(section);
}
function debuglog(section, cb) {
  let enabled;
  let impl;
  const setUp = () => {
    if (enabled !== undefined) return;
    section = section.toUpperCase();
    enabled = debugEnabled(section);
  };
  const logger = (...args) => {
    if (impl === undefined) {
      setUp();
      impl = enabled
        ? (...rest) => process.stderr.write(`${section} ${process.pid}: ${formatWithOptions({ colors: false }, ...rest)}\n`)
        : () => {};
      if (typeof cb === 'function') cb(impl);
    }
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() { setUp(); return enabled; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------- system errors
// libuv's error table (uv-common's UV_ERRNO_MAP on Linux): name, errno, message.
const UV_ERRORS = (
  'EPERM:1:operation not permitted|ENOENT:2:no such file or directory|ESRCH:3:no such process|' +
  'EINTR:4:interrupted system call|EIO:5:i/o error|ENXIO:6:no such device or address|' +
  'E2BIG:7:argument list too long|EBADF:9:bad file descriptor|' +
  'EAGAIN:11:resource temporarily unavailable|ENOMEM:12:not enough memory|' +
  'EACCES:13:permission denied|EFAULT:14:bad address in system call argument|' +
  'EBUSY:16:resource busy or locked|EEXIST:17:file already exists|' +
  'EXDEV:18:cross-device link not permitted|ENODEV:19:no such device|' +
  'ENOTDIR:20:not a directory|EISDIR:21:illegal operation on a directory|' +
  'EINVAL:22:invalid argument|ENFILE:23:file table overflow|EMFILE:24:too many open files|' +
  'ENOTTY:25:inappropriate ioctl for device|ETXTBSY:26:text file is busy|' +
  'EFBIG:27:file too large|ENOSPC:28:no space left on device|ESPIPE:29:invalid seek|' +
  'EROFS:30:read-only file system|EMLINK:31:too many links|EPIPE:32:broken pipe|' +
  'ERANGE:34:result too large|ENAMETOOLONG:36:name too long|ENOSYS:38:function not implemented|' +
  'ENOTEMPTY:39:directory not empty|ELOOP:40:too many symbolic links encountered|' +
  'EUNATCH:49:protocol driver not attached|ENODATA:61:no data available|' +
  'ENONET:64:machine is not on the network|EPROTO:71:protocol error|' +
  'EOVERFLOW:75:value too large for defined data type|EILSEQ:84:illegal byte sequence|' +
  'ENOTSOCK:88:socket operation on non-socket|EDESTADDRREQ:89:destination address required|' +
  'EMSGSIZE:90:message too long|EPROTOTYPE:91:protocol wrong type for socket|' +
  'ENOPROTOOPT:92:protocol not available|EPROTONOSUPPORT:93:protocol not supported|' +
  'ESOCKTNOSUPPORT:94:socket type not supported|ENOTSUP:95:operation not supported on socket|' +
  'EAFNOSUPPORT:97:address family not supported|EADDRINUSE:98:address already in use|' +
  'EADDRNOTAVAIL:99:address not available|ENETDOWN:100:network is down|' +
  'ENETUNREACH:101:network is unreachable|ECONNABORTED:103:software caused connection abort|' +
  'ECONNRESET:104:connection reset by peer|ENOBUFS:105:no buffer space available|' +
  'EISCONN:106:socket is already connected|ENOTCONN:107:socket is not connected|' +
  'ESHUTDOWN:108:cannot send after transport endpoint shutdown|' +
  'ETIMEDOUT:110:connection timed out|ECONNREFUSED:111:connection refused|' +
  'EHOSTDOWN:112:host is down|EHOSTUNREACH:113:host is unreachable|' +
  'EALREADY:114:connection already in progress|EREMOTEIO:121:remote I/O error|' +
  'ECANCELED:125:operation canceled|EAI_ADDRFAMILY:3000:address family not supported|' +
  'EAI_AGAIN:3001:temporary failure|EAI_BADFLAGS:3002:bad ai_flags value|' +
  'EAI_CANCELED:3003:request canceled|EAI_FAIL:3004:permanent failure|' +
  'EAI_FAMILY:3005:ai_family not supported|EAI_MEMORY:3006:out of memory|' +
  'EAI_NODATA:3007:no address|EAI_NONAME:3008:unknown node or service|' +
  'EAI_OVERFLOW:3009:argument buffer overflow|' +
  'EAI_SERVICE:3010:service not available for socket type|' +
  'EAI_SOCKTYPE:3011:socket type not supported|EAI_BADHINTS:3013:invalid value for hints|' +
  'EAI_PROTOCOL:3014:resolved protocol is unknown|' +
  'EFTYPE:4028:inappropriate file type or format|ECHARSET:4080:invalid Unicode character|' +
  'UNKNOWN:4094:unknown error|EOF:4095:end of file'
).split('|');
let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const row of UV_ERRORS) {
      const [name, errno, message] = row.split(':');
      errorMap.set(-Number(errno), [name, message]);
    }
  }
  return errorMap;
}
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw argTypeError('err', 'of type number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "err" is out of range. It must be a negative integer. Received ${err}`);
  }
  return getSystemErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

// ------------------------------------------------- _errnoException, _exceptionWithHostPort
// lib/internal/errors.js's ErrnoException and ExceptionWithHostPort, which util still exports.
// Their `constructor` getter answers Error, so inspect names them `Error` as in node.
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() { return Error; }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() { return Error; }
}

// internal/errors.js isErrorStackTraceLimitWritable.
function stackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// Both capture their stack above `_exceptionWithHostPort` (util.js passes that function to
// both), so an `_errnoException`'s stack, whose frames never include it, is its message alone.
// Our own frames are never listed (node: code), so `_exceptionWithHostPort`'s capture starts
// at its caller without naming itself.
function withoutOwnFrames(Ctor, args, above) {
  if (!stackTraceLimitWritable()) return new Ctor(...args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = new Ctor(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(e, above);
  return e;
}
function _errnoException(...args) {
  return withoutOwnFrames(ErrnoException, args, _exceptionWithHostPort);
}
function _exceptionWithHostPort(...args) {
  return withoutOwnFrames(ExceptionWithHostPort, args, undefined);
}

// ---------------------------------------------------------------- aborted
async function aborted(signal, resource) {
  internals.validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw argTypeError('resource', 'of type object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// lib/internal/abort_controller.js: a signal that may be posted to another thread. Posting a
// signal is not modelled, so marking one changes nothing here.
function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw argTypeError('signal', 'an instance of AbortSignal', signal);
  }
  return signal;
}
function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// ---------------------------------------------------------------- the legacy checks
const isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');
const legacy = {
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => internals.loadBuiltin('buffer').Buffer.isBuffer(v),
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === undefined || v === null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive,
};
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}
function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

// In Node's order of `Object.keys(require('util'))`.
const exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: legacy.isArray,
  isBoolean: legacy.isBoolean,
  isBuffer: legacy.isBuffer,
  isDeepStrictEqual: (a, b) => internals.comparisons.isDeepStrictEqual(a, b),
  isNull: legacy.isNull,
  isNullOrUndefined: legacy.isNullOrUndefined,
  isNumber: legacy.isNumber,
  isString: legacy.isString,
  isSymbol: legacy.isSymbol,
  isUndefined: legacy.isUndefined,
  isRegExp: legacy.isRegExp,
  isObject: legacy.isObject,
  isDate: legacy.isDate,
  isError: legacy.isError,
  isFunction: legacy.isFunction,
  isPrimitive: legacy.isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
  types,
  parseEnv: internals.mime.parseEnv,
  parseArgs: internals.parse_args.parseArgs,
};
// The encoders are globals that buffer.js defines.
for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(exports, name, { get: () => global[name], enumerable: true, configurable: true });
}
exports.MIMEType = internals.mime.MIMEType;
exports.MIMEParams = internals.mime.MIMEParams;
return exports;
