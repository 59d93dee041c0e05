//! The file-descriptor half of `node:fs` (registered as `internal/fs/fd`, after `fs` and
//! `stream`, which it extends): `open`/`read`/`write`/`fstat`/`close` in callback and sync
//! forms, `fs/promises`' `open` and its `FileHandle`, and `fs.ReadStream`/`fs.WriteStream`
//! (`lib/internal/fs/streams.js`): a read stream is open, then one read request per chunk,
//! then close, each completing in the poll phase like any libuv request.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process, EventEmitter } = internals;
const fs = internals.loadBuiltin('fs');
const { statsOf, promiseStack, atThrowSite, validateCallback: validateFsCallback, makeCallbackArrow, statsCallback, readWrapper, writeWrapper, withoutFrames, resolve: resolvePath } = fs[internals.kType];
const { Readable, Writable, finished } = internals.loadBuiltin('stream');
const core = internals['streams/core'];
const { Buffer } = internals.loadBuiltin('buffer');

// ---------------------------------------------------------------- errors and validation
const errnos = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, EBADF: -9, EMFILE: -24, EFBIG: -27, ELOOP: -40 };
const descriptions = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  EBADF: 'bad file descriptor',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links encountered',
  EFBIG: 'file too large',
};

/** Node's `uvException`: `EBADF: bad file descriptor, read` (with the path for `open`). */
function uvException(code, syscall, path) {
  let message = `${code}: ${descriptions[code] || 'unknown error'}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  const err = new Error(message);
  err.errno = errnos[code];
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  return err;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}.${describeReceived(value)}`);
}

function validatePath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path instanceof URL) return path.pathname;
  if (path instanceof Uint8Array) return Buffer.from(path).toString();
  throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
}


function validateFd(fd) {
  if (typeof fd !== 'number') throw invalidArgType('fd', 'of type number', fd);
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ${fd}`);
  }
  return fd;
}

// fs.js's check, with Node's frames for the API named (`api`) when it has them.
function validateCallback(cb, api) {
  validateFsCallback(cb, api);
  return cb;
}

// lib/internal/fs/utils.js stringToFlags: the spellings Node accepts, as open(2) flags
// (O_RDONLY 0, O_WRONLY 1, O_RDWR 2, O_CREAT 64, O_EXCL 128, O_TRUNC 512, O_APPEND 1024,
// O_SYNC 1052672); a number is taken as it is.
const O_SYNC = 1052672;
const flagSpellings = {
  r: 0, rs: O_SYNC, sr: O_SYNC, 'r+': 2, 'rs+': 2 | O_SYNC, 'sr+': 2 | O_SYNC,
  w: 577, wx: 705, xw: 705, 'w+': 578, 'wx+': 706, 'xw+': 706,
  a: 1089, ax: 1217, xa: 1217, as: 1089 | O_SYNC, sa: 1089 | O_SYNC,
  'a+': 1090, 'ax+': 1218, 'xa+': 1218, 'as+': 1090 | O_SYNC, 'sa+': 1090 | O_SYNC,
};

// `caller`: the fs API's frame where Node calls stringToFlags, for the stack of its error.
function normalizeFlags(flags, caller) {
  if (flags == null) return 0;
  if (typeof flags === 'number') return flags;
  const known = Object.hasOwn(flagSpellings, flags) ? flagSpellings[flags] : undefined;
  if (known === undefined) {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'flags' is invalid. Received ${internals.loadBuiltin('util').inspect(flags)}`);
    if (caller) {
      internals.setThrowSite(err, "node:internal/fs/utils:597\n  throw new ERR_INVALID_ARG_VALUE('flags', flags);\n  ^\n");
      internals.prependStackFrames(err, `    at stringToFlags (node:internal/fs/utils:597:9)\n    at ${caller}`);
    }
    throw err;
  }
  return known;
}

// ---------------------------------------------------------------- the requests
/**
 * One thread-pool request named `fs.<syscall>` (`fs.promises.<syscall>` for a FileHandle's,
 * an FSReqPromise in Node); `done()` runs in a later poll phase.
 */
function request(syscall, bytes, done, api = 'fs') {
  const cost = native.requestCostUs + Math.floor(bytes / 1024) * native.costPerKibUs;
  native.request(done, cost, `${api}.${syscall}`);
}

function openNow(path, flags) {
  const [code, fd] = native.call('open', resolvePath(path), flags);
  return code === null ? [null, fd] : [uvException(code, 'open', path), undefined];
}

/** An operation on a descriptor, now: `[err, value]`. */
function fdNow(op, fd, a, b) {
  const [code, value] = native.fd(op, fd, a, b);
  return code === null ? [null, value] : [uvException(code, op), undefined];
}

// ---------------------------------------------------------------- open / close
function open(path, flags, mode, callback) {
  path = validatePath(path);
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
  } else if (typeof mode === 'function') {
    callback = mode;
  }
  validateCallback(callback, 'open');
  const [err, fd] = openNow(path, normalizeFlags(flags, 'Object.open (node:fs:551:23)'));
  request('open', 0, () => (err ? makeCallbackArrow(callback, withoutFrames(err)) : makeCallbackArrow(callback, null, fd)));
}

function openSync(path, flags) {
  const [err, fd] = openNow(validatePath(path), normalizeFlags(flags, 'Object.openSync (node:fs:575:5)'));
  if (err) throw err;
  return fd;
}

function close(fd, callback = () => {}) {
  validateFd(fd);
  validateCallback(callback);
  const [err] = fdNow('close', fd);
  request('close', 0, () => makeCallbackArrow(callback, withoutFrames(err) || null));
}

function closeSync(fd) {
  const [err] = fdNow('close', validateFd(fd));
  if (err) throw atThrowSite(err, 'close', []);
}

// ---------------------------------------------------------------- read
/** The (buffer, offset, length, position) of every read signature Node accepts. */
function readArguments(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (!ArrayBuffer.isView(buffer)) {
    // read(fd, options) / read(fd): a 16 KiB buffer unless one is given.
    const options = buffer || {};
    buffer = options.buffer || Buffer.alloc(16384);
    offset = options.offset;
    length = options.length;
    position = options.position;
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset, length, position } = offset);
  }
  offset = offset === undefined ? 0 : offset;
  if (typeof offset !== 'number' && typeof offset !== 'bigint') throw invalidArgType('offset', 'of type number', offset);
  offset = Number(offset);
  if (length === undefined) length = buffer.byteLength - offset;
  if (offset < 0 || offset > buffer.byteLength) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "offset" is out of range. It must be >= 0 && <= ${buffer.byteLength}. Received ${offset}`);
  }
  if (length < 0 || length > buffer.byteLength - offset) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "length" is out of range. It must be >= 0 && <= ${buffer.byteLength - offset}. Received ${length}`);
  }
  if (position === undefined || (typeof position === 'number' && position < 0)) position = null;
  if (typeof position === 'bigint') position = Number(position);
  return { buffer, offset, length, position };
}

/** Copy what a read returned into the caller's buffer; the count. */
function readInto(fd, buffer, offset, length, position) {
  const [err, bytes] = fdNow('read', fd, length, position);
  if (err) return [err, 0];
  new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.length).set(bytes);
  return [null, bytes.length];
}

// lib/internal/fs/utils.js's checks of read()'s numbers, in Node's order and words.
function validateReadBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
}
function validateReadOptions(options) {
  if (options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw invalidArgType('options', 'of type object', options);
  }
}
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw internals.outOfRange('offset', '>= 0', offset);
  if (length < 0) throw internals.outOfRange('length', '>= 0', length);
  if (offset + length > bufferLength) throw internals.outOfRange('length', `<= ${bufferLength - offset}`, length);
}
function validatePosition(position, name) {
  if (typeof position === 'number') {
    internals.validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw internals.outOfRange(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw invalidArgType(name, 'of type bigint or integer', position);
  }
}
// The checks after the arguments are sorted out (and a missing offset made 0), common to
// read() and readSync(): the numbers (length 0: nothing to read), or the error Node throws.
function checkReadNumbers(buffer, offset, length, position) {
  internals.validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return { offset, length, position };
  if (buffer.byteLength === 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'buffer' is empty and cannot be written. Received ${internals.inspect(buffer)}`);
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  // The vfs reads from the descriptor's own position for null.
  position = position === -1 || position === -1n ? null : Number(position);
  return { offset, length, position };
}

// lib/fs.js read(): the arguments told apart by how many there are, as Node does.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateReadOptions(offsetOrOptions);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateReadOptions(params);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateReadBuffer(buffer);
  validateCallback(callback);
  if (offset == null) offset = 0;
  const args = checkReadNumbers(buffer, offset, length, position);
  if (args.length === 0) {
    // Node: nothing to read answers on the next tick, without a request.
    process.nextTick(function tick() { callback(null, 0, buffer); });
    return;
  }
  const [err, bytesRead] = readInto(fd, buffer, args.offset, args.length, args.position);
  request('read', bytesRead, () => readWrapper(callback, withoutFrames(err) || null, err ? 0 : bytesRead, buffer));
}

// lib/fs.js readSync().
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateReadBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateReadOptions(offsetOrOptions);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  const args = checkReadNumbers(buffer, offset, length, position);
  if (args.length === 0) return 0;
  const [err, bytesRead] = readInto(fd, buffer, args.offset, args.length, args.position);
  if (err) throw atThrowSite(err, 'read', []);
  return bytesRead;
}

// ---------------------------------------------------------------- write
/** The bytes and position of `write(fd, buffer, offset, length, position)` or `(fd, string, position, encoding)`. */
function writeArguments(data, a, b, c) {
  if (ArrayBuffer.isView(data)) {
    let offset = a;
    let length = b;
    let position = c;
    if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
    offset = offset == null ? 0 : offset;
    if (length == null) length = data.byteLength - offset;
    const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, Math.max(0, Math.min(length, data.byteLength - offset)));
    return { bytes, position: typeof position === 'number' ? position : null };
  }
  if (typeof data !== 'string') {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const position = typeof a === 'number' ? a : null;
  const encoding = typeof b === 'string' ? b : 'utf8';
  return { bytes: Buffer.from(data, encoding), position };
}

// lib/internal/fs/utils.js's checks of write()'s numbers and encoding, in Node's words.
function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw internals.outOfRange('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw internals.outOfRange('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw internals.outOfRange('length', '>= 0', length);
  internals.validateInteger(length, 'length', 0, 2147483647);
}
function validateWriteString(data) {
  if (typeof data !== 'string') {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
}
function validateWriteEncoding(data, encoding) {
  if (`${encoding}`.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'encoding' is invalid for data of length ${data.length}. Received ${internals.inspect(encoding)}`);
  }
}
// The binding's view of the rest: a position that is not a safe integer writes at the
// descriptor's own (-1), an encoding it does not know is UTF-8.
const bindingPosition = (position) => (Number.isSafeInteger(position) && position >= 0 ? position : null);
const bindingBytes = (data, encoding) => Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
// The bytes of a buffer write, checked as writeSync and write do once the offset is known.
function bufferWriteBytes(buffer, offset, length) {
  if (offset == null) offset = 0;
  else internals.validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
}

// lib/fs.js write(): which argument is the callback depends on the data's type.
function write(fd, data, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let bytes;
  if (ArrayBuffer.isView(data)) {
    callback ||= position || length || offset;
    validateCallback(callback);
    if (typeof offset === 'object') {
      ({ offset = 0, length = data.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (typeof offset === 'function') offset = null;
    bytes = bufferWriteBytes(data, offset, length);
  } else {
    validateWriteString(data);
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    validateWriteEncoding(data, length);
    callback = position;
    validateCallback(callback);
    bytes = bindingBytes(data, length);
    position = offset;
  }
  position = bindingPosition(position);
  const [err, written] = fdNow('write', fd, bytes, position);
  request('write', bytes.length, () => writeWrapper(callback, withoutFrames(err) || null, err ? 0 : written, data));
}

// lib/fs.js writeSync().
function writeSync(fd, data, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let bytes;
  if (ArrayBuffer.isView(data)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = data.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    bytes = bufferWriteBytes(data, offset, length);
  } else {
    validateWriteString(data);
    validateWriteEncoding(data, length);
    bytes = bindingBytes(data, length);
    position = offset;
  }
  position = bindingPosition(position);
  // The standard output and error are the process's pipes: a write(2) on them, without
  // making `process.stdout` (so no async id is taken, as in Node, where async_hooks' docs
  // advise it inside hooks).
  if (fd === 1 || fd === 2) {
    internals.writeFd(fd, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    return bytes.byteLength;
  }
  const [err, written] = fdNow('write', fd, bytes, position);
  if (err) throw atThrowSite(err, 'write', []);
  return written;
}

// ---------------------------------------------------------------- fstat
function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFd(fd);
  validateCallback(callback, 'fstat');
  const [err, info] = fdNow('fstat', fd);
  request('fstat', 0, () => statsCallback(callback, withoutFrames(err), err ? undefined : statsOf(info, options)));
}

function fstatSync(fd, options) {
  const [err, info] = fdNow('fstat', validateFd(fd));
  if (err) throw atThrowSite(err, 'fstat', []);
  return statsOf(info, options);
}

// ---------------------------------------------------------------- FileHandle (fs/promises)
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

/** A promise settled by one request (Node's FSReqPromise): `[err, value]` decided now. */
function requestPromise(syscall, bytes, outcome) {
  return new Promise((resolve, reject) => {
    const [err, value] = outcome;
    request(syscall, bytes, () => (err ? reject(err) : resolve(value)), 'fs.promises');
  });
}

// lib/internal/fs/promises.js fsCall: a closed handle rejects with a plain 'file closed' error
// whose syscall is the name of the function the method would have called.
function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

/**
 * A FileHandle method that is one request of the callback API (`fs[api]` on the descriptor):
 * like Node's promise form, it rejects a closed handle first and settles when the request
 * completes. `shape` turns the callback's results into the promise's value.
 */
function handleRequest(handle, api, args, shape = () => undefined) {
  if (handle[kFd] === -1) return Promise.reject(closedError(api));
  return new Promise((resolve, reject) => {
    fs[api](handle[kFd], ...args, (err, ...results) => (err ? reject(err) : resolve(shape(...results))));
  });
}

/** `fs/promises` FileHandle: the descriptor, with promise methods; emits 'close'. */
// The binding's handle (`internalBinding('fs').FileHandle`), which a FileHandle keeps under
// kHandle: inspect shows it as `FileHandle {}`, nothing of it is visible from JavaScript.
const bindingHandle = { FileHandle: class FileHandle {} };
const kFileHandle = Symbol('kHandle');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFileHandle] = new bindingHandle.FileHandle();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  // A class field in lib/internal/fs/promises.js (an arrow, so `const { close } = handle`
  // works): an own property of every handle, after EventEmitter's.
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    // lib/internal/fs/promises.js: the handle is closed at once (fd -1, 'close' emitted before
    // close() returns); the promise settles when the close request completes.
    const fd = this[kFd];
    const [err] = fdNow('close', fd);
    this[kRefs]--;
    this[kFd] = -1;
    this[kClosePromise] = requestPromise('close', 0, [err, undefined]).finally(() => {
      this[kClosePromise] = undefined;
    });
    this.emit('close');
    return this[kClosePromise];
  };

  get fd() {
    return this[kFd];
  }

  read(buffer, offset, length, position) {
    if (this[kFd] === -1) return Promise.reject(closedError('read'));
    const args = readArguments(buffer, offset, length, position);
    if (args.length === 0) return Promise.resolve({ __proto__: null, bytesRead: 0, buffer: args.buffer });
    const [err, bytesRead] = readInto(this[kFd], args.buffer, args.offset, args.length, args.position);
    return requestPromise('read', bytesRead, [err, { __proto__: null, bytesRead, buffer: args.buffer }]);
  }

  write(data, a, b, c) {
    if (this[kFd] === -1) return Promise.reject(closedError('write'));
    const { bytes, position } = writeArguments(data, a, b, c);
    const [err, bytesWritten] = fdNow('write', this[kFd], bytes, position);
    return requestPromise('write', bytes.length, [err, { __proto__: null, bytesWritten, buffer: data }]);
  }

  async readFile(options) {
    if (this[kFd] === -1) throw closedError('readFile');
    const encoding = typeof options === 'string' ? options : options && options.encoding;
    // Node: fstat for the size, then reads until the end of the file.
    const stats = await this.stat();
    const buffer = Buffer.alloc(Math.max(0, stats.size));
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.max(16384, stats.size - total));
      const { bytesRead } = await this.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunk.copy(buffer, total, 0, Math.min(bytesRead, buffer.length - total));
      total += bytesRead;
      if (total >= buffer.length) break;
    }
    const data = buffer.subarray(0, total);
    return encoding ? data.toString(encoding) : data;
  }

  async writeFile(data, options) {
    if (this[kFd] === -1) throw closedError('writeFile');
    const encoding = typeof options === 'string' ? options : (options && options.encoding) || 'utf8';
    const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    await this.write(bytes, 0, bytes.length, null);
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  truncate(len = 0) {
    return handleRequest(this, 'ftruncate', [len]);
  }

  chmod(mode) {
    return handleRequest(this, 'fchmod', [mode]);
  }

  chown(uid, gid) {
    return handleRequest(this, 'fchown', [uid, gid]);
  }

  utimes(atime, mtime) {
    return handleRequest(this, 'futimes', [atime, mtime]);
  }

  sync() {
    return handleRequest(this, 'fsync', []);
  }

  datasync() {
    return handleRequest(this, 'fdatasync', []);
  }

  readv(buffers, position = null) {
    return handleRequest(this, 'readv', [buffers, position], (bytesRead) => ({ __proto__: null, bytesRead, buffers }));
  }

  writev(buffers, position = null) {
    return handleRequest(this, 'writev', [buffers, position], (bytesWritten) => ({ __proto__: null, bytesWritten, buffers }));
  }

  // lib/internal/fs/promises.js readLines: readline over a read stream of this handle.
  readLines(options = undefined) {
    return internals.loadBuiltin('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    if (this[kFd] === -1) return Promise.reject(closedError('fstat'));
    const [err, info] = fdNow('fstat', this[kFd]);
    return requestPromise('fstat', 0, [err, err ? undefined : statsOf(info, options)]);
  }

  createReadStream(options = undefined) {
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return new WriteStream(undefined, { ...options, fd: this });
  }
}
if (Symbol.asyncDispose) {
  FileHandle.prototype[Symbol.asyncDispose] = function asyncDispose() {
    return this.close();
  };
}

function openPromise(path, flags, mode) {
  path = validatePath(path);
  const [err, fd] = openNow(path, normalizeFlags(flags));
  // Made on the thread pool in Node: only lib/internal/fs/promises.js's own frame.
  const failure = err && atThrowSite(promiseStack('openHandle', err), 'promise open');
  return requestPromise('open', 0, [failure, err ? undefined : new FileHandle(fd)]);
}

// ---------------------------------------------------------------- ReadStream / WriteStream
const kFs = Symbol('kFs');
const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kHandle = Symbol('kHandle');

/** The callback-style operations a stream opened on a FileHandle uses (its promises). */
function fileHandleOperations(handle) {
  return {
    open: () => { throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The open() method is not implemented'); },
    close: (fd, cb) => { handle.close().then(() => cb(), cb); },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
  };
}

/**
 * `_construct` of both streams: open the file (a poll-phase request), then emit 'open' and
 * 'ready' synchronously in the open callback, right after telling the stream it is constructed
 * (whose effect, Node's onConstruct, waits for a tick).
 */
function openForStream(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else {
    stream[kFs].close(stream.fd, (er) => {
      cb(er || err);
    });
    stream.fd = null;
  }
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (options.fd instanceof FileHandle) {
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd.on('close', () => stream.close());
    return options.fd.fd;
  }
  throw invalidArgType('options.fd', 'of type number or an instance of FileHandle', options.fd);
}

function copyOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or an instance of Object', options);
  return { ...options };
}

function validateInteger(value, name, min = 0) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value) || value < min || value > Number.MAX_SAFE_INTEGER) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${Number.isInteger(value) ? `>= ${min} && <= 9007199254740991` : 'an integer'}. Received ${value}`);
  }
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  // A file read stream reads 64 KiB at a time (a plain Readable's default is 16 KiB).
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fs;
    this.path = validatePath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start');
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end');
    if (this.start !== undefined && this.start > this.end) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "start" is out of range. It must be <= "end" (here: ${this.end}). Received ${this.start}`);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  configurable: true,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

ReadStream.prototype._construct = openForStream;

/** One read request of up to highWaterMark bytes (less near `end`); EOF pushes null. */
ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  // Named so a stack made under the push shows Node's frame for it (src/builtin_frames.rs).
  const readStreamAfterRead = (er, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    // Destroyed meanwhile: let _destroy (waiting on kIoDone) close the file now.
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      core.errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== data.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        data.copy(dst, 0, 0, bytesRead);
        data = dst;
      }
      this.push(data);
    } else {
      this.push(null);
    }
  };
  this[kFs].read(this.fd, buf, 0, n, this.pos, readStreamAfterRead);
};

ReadStream.prototype._destroy = function _destroy(err, cb) {
  // Node: never close the descriptor under a read in flight.
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
};

ReadStream.prototype.close = function closeReadStream(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fs;
    this.path = validatePath(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.flush = options.flush == null ? false : options.flush;
  // Node: a custom `fs` may give either write or writev; only the one given is used.
  if (this[kFs] && !this[kFs].write) this._write = null;
  if (this[kFs] && !this[kFs].writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start');
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  configurable: true,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

WriteStream.prototype._construct = openForStream;

/** One write request per chunk (repeated if the file took fewer bytes). */
function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten, buffer) => {
    if (this.destroyed || er) return cb(er || core.streamError('ERR_STREAM_DESTROYED', 'write'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) cb(new Error('write failed'));
    else if (size) writeAll.call(this, buffer.slice(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

/** One writev request for the chunks a corked or pending stream buffered (Node's writevAll). */
function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (er, bytesWritten, buffers) => {
    if (this.destroyed || er) return cb(er || core.streamError('ERR_STREAM_DESTROYED', 'writev'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) cb(new Error('writev failed'));
    else if (size) writevAll.call(this, [Buffer.concat(buffers).slice(bytesWritten)], size, pos, cb, retries);
    else cb();
  });
}

// Node: the writes buffered while the file opens (or while corked) go out as one writev,
// so every one of their callbacks sees the bytes of all of them.
WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((entry) => entry.chunk);
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
};

WriteStream.prototype.close = function closeWriteStream(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, close() still ends and then destroys the stream.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

// ---------------------------------------------------------------- install
Object.assign(fs, {
  open, openSync, close, closeSync, read, readSync, write, writeSync, fstat, fstatSync,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
  ReadStream, WriteStream,
});
fs.promises.open = openPromise;

return { FileHandle, ReadStream, WriteStream };
