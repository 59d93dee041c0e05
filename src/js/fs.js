//! `node:fs` and `node:fs/promises` as Node's `lib/fs.js` shapes them (callbacks, sync forms,
//! promises, errors), on the natives of `src/fs.rs`: operations on the run's virtual file
//! system, with the asynchronous forms completing through the thread pool in the poll phase.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const pathModule = internals.path;

const errnos = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, EINVAL: -22, ENOTEMPTY: -39, EACCES: -13, EBADF: -9, EFBIG: -27, ENOSYS: -38, ELOOP: -40, EPERM: -1 };
const descriptions = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EINVAL: 'invalid argument',
  EACCES: 'permission denied',
  EBADF: 'bad file descriptor',
  EFBIG: 'file too large',
  ENOSYS: 'function not implemented',
  ELOOP: 'too many symbolic links encountered',
  EPERM: 'operation not permitted',
};

// lib/internal/errors.js `uvException`: `ENOENT: no such file or directory, open 'x'`, with
// errno, code, syscall, path (and dest) in that order.
function uvException(code, syscall, path, dest) {
  let message = `${code}: ${descriptions[code]}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errnos[code];
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function validatePath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (typeof URL === 'function' && path instanceof URL) return path.pathname;
  if (path instanceof Uint8Array) return String.fromCharCode(...path);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be of type string or an instance of Buffer or URL.${describeReceived(path)}`);
}

// The absolute path a syscall sees; '' stays '' (the kernel's ENOENT, not the cwd).
function resolve(path) {
  if (path === '') return '';
  const absolute = pathModule.resolve(process.cwd(), path);
  if (typeof path !== 'string') return absolute;
  // The kernel walks `..`, `.` and a trailing slash itself, and `file/..` or `file/` is ENOTDIR,
  // which the lexical form would lose: those reach the vfs (which walks as the kernel) as
  // written.
  if (/(^|\/)\.\.(\/|$)|[^/]\/\.(\/|$)/.test(path)) return path[0] === '/' ? path : `${process.cwd()}/${path}`;
  return path.length > 1 && path.endsWith('/') && absolute !== '/' ? `${absolute}/` : absolute;
}

// Node's frames above the caller of an fs callback API called without a callback: the API's,
// under makeCallback's or makeStatsCallback's check when it has one. The validator runs under
// hideStackFrames, which rethrows its error at node:internal/errors:541.
const missingCallbackFrames = {
  readFile: ['Object.readFile (node:fs:365:3)'],
  writeFile: ['Object.writeFile (node:fs:2310:3)'],
  appendFile: ['Object.appendFile (node:fs:2427:3)'],
  exists: ['Object.exists (node:fs:254:3)'],
  realpath: ['Object.realpath (node:fs:2825:5)'],
  truncate: ['Object.truncate (node:fs:1059:3)'],
  opendir: ['Object.opendir (node:internal/fs/dir:298:3)'],
  stat: ['makeStatsCallback (node:fs:194:3)', 'Object.stat (node:fs:1597:14)'],
  lstat: ['makeStatsCallback (node:fs:194:3)', 'Object.lstat (node:fs:1569:14)'],
  fstat: ['makeStatsCallback (node:fs:194:3)', 'Object.fstat (node:fs:1546:14)'],
  readdir: ['makeCallback (node:fs:185:3)', 'Object.readdir (node:fs:1472:14)'],
  access: ['makeCallback (node:fs:185:3)', 'Object.access (node:fs:228:14)'],
  mkdir: ['makeCallback (node:fs:185:3)', 'Object.mkdir (node:fs:1352:14)'],
  unlink: ['makeCallback (node:fs:185:3)', 'Object.unlink (node:fs:1875:14)'],
  rmdir: ['makeCallback (node:fs:185:3)', 'Object.rmdir (node:fs:1159:14)'],
  rename: ['makeCallback (node:fs:185:3)', 'Object.rename (node:fs:1011:14)'],
  copyFile: ['makeCallback (node:fs:185:3)', 'Object.copyFile (node:fs:3028:14)'],
  open: ['makeCallback (node:fs:185:3)', 'Object.open (node:fs:552:14)'],
  readlink: ['makeCallback (node:fs:185:3)', 'Object.readlink (node:fs:1711:14)'],
  symlink: ['makeCallback (node:fs:185:3)', 'Object.symlink (node:fs:1745:20)'],
  link: ['makeCallback (node:fs:185:3)', 'Object.link (node:fs:1838:14)'],
  chmod: ['makeCallback (node:fs:185:3)', 'Object.chmod (node:fs:1982:14)'],
  mkdtemp: ['makeCallback (node:fs:185:3)', 'Object.mkdtemp (node:fs:2983:14)'],
};
const HIDDEN_VALIDATOR_SITE = 'node:internal/errors:541\n      throw error;\n      ^\n';
function validateCallback(cb, api) {
  if (typeof cb !== 'function') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "cb" argument must be of type function.${describeReceived(cb)}`);
    const frames = missingCallbackFrames[api];
    if (frames) {
      internals.setThrowSite(err, HIDDEN_VALIDATOR_SITE);
      internals.prependStackFrames(err, frames.map((frame) => `    at ${frame}`).join('\n'));
    }
    throw err;
  }
}

// lib/internal/fs/utils.js getOptions: the encoding is checked (assertEncoding) before anything.
function encodingOf(options) {
  let encoding;
  if (typeof options === 'string') encoding = options;
  else if (options && typeof options === 'object') encoding = options.encoding;
  if (encoding && encoding !== 'buffer' && !global.Buffer.isEncoding(encoding)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'encoding' is invalid encoding. Received ${internals.loadBuiltin('util').inspect(encoding)}`);
  }
  return encoding;
}

function toBuffer(bytes) {
  return global.Buffer ? global.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

// lib/fs.js decodes with `buffer.toString(options.encoding)` whenever an encoding is given, so
// 'buffer' (valid for the options, unknown to Buffer) throws ERR_UNKNOWN_ENCODING there.
function decode(bytes, encoding) {
  if (!encoding) return toBuffer(bytes);
  if (global.Buffer) return toBuffer(bytes).toString(encoding);
  return new (internals.bufferGlobal('TextDecoder'))().decode(bytes);
}

function encode(data, options) {
  if (typeof data === 'string') {
    const encoding = encodingOf(options) || 'utf8';
    return global.Buffer ? global.Buffer.from(data, encoding) : new (internals.bufferGlobal('TextEncoder'))().encode(data);
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.${describeReceived(data)}`);
}

// One operation now; `[code, value]` back. `dest` is the second path as the caller wrote it
// (rename, copyFile), for the message. A change to the file system is told to the watchers.
function run(op, syscall, path, a, b, dest) {
  const target = resolve(path);
  const existed = mutations.has(op) && watchers.size > 0 ? native.call('exists', target)[1] : undefined;
  const [code, value] = native.call(op, target, a, b);
  if (code !== null) return [uvException(code, syscall, path, dest), undefined];
  if (existed !== undefined) notifyWatchers(op, target, existed, a);
  return [null, value];
}

// An error made on the thread pool has no JavaScript frames in Node: its stack is its first
// line alone (so inspect shows it in brackets).
function withoutFrames(err) {
  if (err) Object.defineProperty(err, 'stack', { value: `${err.name}${err.code && err.name === 'SystemError' ? ` [${err.code}]` : ''}: ${err.message}`, writable: true, configurable: true, enumerable: false });
  return err;
}

// The frames of Node 20.20.2's lib/internal/fs/promises.js that an fs/promises error carries
// (the caller's own async frames are not modelled).
const promiseFrames = {
  open: 'async open (node:internal/fs/promises:637:25)',
  // fsPromises.open called by the program, not by readFile.
  openHandle: 'async Object.open (node:internal/fs/promises:637:25)',
  readFile: 'async Object.readFile (node:internal/fs/promises:1249:14)',
  readFileHandle: 'async readFileHandle (node:internal/fs/promises:551:24)',
  writeFile: 'async Object.writeFile (node:internal/fs/promises:1219:14)',
  appendFile: 'async writeFile (node:internal/fs/promises:1219:14)',
  readdir: 'async Object.readdir (node:internal/fs/promises:950:18)',
  stat: 'async Object.stat (node:internal/fs/promises:1033:18)',
  lstat: 'async Object.lstat (node:internal/fs/promises:1022:18)',
  access: 'async Object.access (node:internal/fs/promises:604:10)',
  mkdir: 'async Object.mkdir (node:internal/fs/promises:856:10)',
  rmdir: 'async Object.rmdir (node:internal/fs/promises:822:10)',
  unlink: 'async Object.unlink (node:internal/fs/promises:1067:10)',
  rename: 'async Object.rename (node:internal/fs/promises:780:10)',
  copyFile: 'async Object.copyFile (node:internal/fs/promises:621:10)',
  link: 'async Object.link (node:internal/fs/promises:1056:10)',
  realpath: 'async Object.realpath (node:internal/fs/promises:1176:10)',
  truncate: 'async Object.truncate (node:internal/fs/promises:790:14)',
};
// V8 names an async frame after its receiver: `Object.readFile` when called as a method of
// fs.promises, plain `readFile` when imported or destructured (`asMethod` false).
function promiseStack(api, err, asMethod = true) {
  if (!err || typeof err.stack !== 'string') return err;
  let frames;
  if (api === 'readFile' || api === 'writeFile' || api === 'appendFile') {
    frames = err.syscall === 'open' ? [promiseFrames.open, promiseFrames[api]] : [promiseFrames.readFileHandle];
  } else if (api === 'truncate') {
    // truncate opens the file first (then ftruncates its handle).
    frames = err.syscall === 'open' ? [promiseFrames.open, promiseFrames.truncate] : undefined;
  } else if (api !== 'rm' && promiseFrames[api] !== undefined) {
    frames = [promiseFrames[api]];
  }
  if (frames && !asMethod) frames = frames.map((f) => f.replace('async Object.', 'async '));
  const header = err.stack.split('\n')[0];
  const stack = frames ? `${header}\n${frames.map((f) => `    at ${f}`).join('\n')}` : header;
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}

// lib/internal/errors.js SystemError, as `rm` raises it for a directory without `recursive`
// (ERR_FS_EISDIR) or os for a failed libuv call (ERR_SYSTEM_ERROR): code, info, then
// errno/syscall (and path/dest when the call had them) as accessors over info; inspect shows
// the accessors' values.
class SystemError extends Error {
  constructor(code, info, prefix = 'Path is a directory') {
    super();
    let message = `${prefix}: ${info.syscall} returned ${info.code} (${info.message})`;
    if (info.path !== undefined) message += ` ${info.path}`;
    if (info.dest !== undefined) message += ` => ${info.dest}`;
    this.code = code;
    Object.defineProperties(this, {
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: info, enumerable: true, writable: false, configurable: true },
    });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (key !== 'errno' && key !== 'syscall' && info[key] === undefined) continue;
      Object.defineProperty(this, key, {
        get() { return info[key]; },
        set(value) { info[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    internals.setStackHeader(this, `SystemError [${code}]: ${message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return internals.loadBuiltin('util').inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}
function systemError(code, info, prefix) {
  return new SystemError(code, info, prefix);
}
internals.systemError = systemError;

// Where Node 20.20.2's own code throws a failed synchronous call or rejects a failed promise
// (`node:fs:573` and the line), for the report of an error that ends the process.
const throwSites = {
  open: ['node:fs:573', '  return binding.open(', 17],
  read: ['node:fs:750', '  return binding.read(fd, buffer, offset, length, position);', 17],
  writeFileUtf8: ['node:fs:2380', '    return binding.writeFileUtf8(', 19],
  readFileUtf8: ['node:fs:448', '    return binding.readFileUtf8(path, stringToFlags(options.flag));', 19],
  close: ['node:fs:525', '  binding.close(fd);', 10],
  fstat: ['node:fs:1633', '  const stats = binding.fstat(fd, options.bigint, undefined, false);', 24],
  write: ['node:internal/fs/utils:351', '    throw err;', 4],
  readlink: ['node:fs:1729', '  return binding.readlink(', 17],
  realpathSync: ['node:fs:2741', '      const stats = binding.lstat(baseLong, true, undefined, true /* throwIfNoEntry */);', 28],
  opendir: ['node:internal/fs/dir:327', '  const handle = dirBinding.opendirSync(', 28],
  chmod: ['node:fs:1999', '  binding.chmod(', 10],
  scandir: ['node:fs:1521', '  const result = binding.readdir(', 25],
  stat: ['node:fs:1681', '  const stats = binding.stat(', 24],
  lstat: ['node:fs:1656', '  const stats = binding.lstat(', 24],
  access: ['node:fs:244', '  binding.access(pathModule.toNamespacedPath(path), mode);', 10],
  mkdir: ['node:fs:1386', '  const result = binding.mkdir(', 25],
  rmdir: ['node:fs:1214', '  binding.rmdir(pathModule.toNamespacedPath(path));', 10],
  unlink: ['node:fs:1889', '  binding.unlink(path);', 10],
  rename: ['node:fs:1032', '  binding.rename(', 10],
  copyfile: ['node:fs:3047', '  binding.copyFile(', 10],
  link: ['node:fs:1862', '  binding.link(', 10],
  rm: ['node:internal/errors:541', '      throw error;', 6],
  watch: ['node:internal/fs/watchers:255', '    throw error;', 4],
  'promise open': ['node:internal/fs/promises:637', '  return new FileHandle(await PromisePrototypeThen(', 24],
  'promise read': ['node:internal/fs/promises:551', '    const bytesRead = (await PromisePrototypeThen(', 23],
  'promise scandir': ['node:internal/fs/promises:950', '  const result = await PromisePrototypeThen(', 17],
  'promise stat': ['node:internal/fs/promises:1033', '  const result = await PromisePrototypeThen(', 17],
  'promise lstat': ['node:internal/fs/promises:1022', '  const result = await PromisePrototypeThen(', 17],
  'promise access': ['node:internal/fs/promises:604', '  return await PromisePrototypeThen(', 9],
  'promise mkdir': ['node:internal/fs/promises:856', '  return await PromisePrototypeThen(', 9],
  'promise rmdir': ['node:internal/fs/promises:822', '  return await PromisePrototypeThen(', 9],
  'promise unlink': ['node:internal/fs/promises:1067', '  return await PromisePrototypeThen(', 9],
  'promise rename': ['node:internal/fs/promises:780', '  return await PromisePrototypeThen(', 9],
  'promise copyfile': ['node:internal/fs/promises:621', '  return await PromisePrototypeThen(', 9],
  'promise link': ['node:internal/fs/promises:1056', '  return await PromisePrototypeThen(', 9],
  // An error without frames (rm's) is reported where Node rethrows the rejection.
  'promise rm': ['node:internal/process/promises:391', '    triggerUncaughtException(err, true /* fromPromise */);', 4],
};
// Node's own frames between the caller and a failed synchronous call's binding (lib/fs.js),
// innermost first, by throw site. A synchronous API passes `callers`, the frames of its own
// above the site's (`readFileSync` over `openSync`), empty if none; other throws add none.
const syncFrames = {
  open: ['Object.openSync (node:fs:573:18)'],
  read: ['Object.readSync (node:fs:750:18)'],
  readFileUtf8: ['Object.readFileSync (node:fs:448:20)'],
  writeFileUtf8: ['Object.writeFileSync (node:fs:2380:20)'],
  scandir: ['Object.readdirSync (node:fs:1521:26)'],
  stat: ['Object.statSync (node:fs:1681:25)'],
  lstat: ['Object.lstatSync (node:fs:1656:25)'],
  access: ['Object.accessSync (node:fs:244:11)'],
  mkdir: ['Object.mkdirSync (node:fs:1386:26)'],
  rmdir: ['Object.rmdirSync (node:fs:1214:11)'],
  unlink: ['Object.unlinkSync (node:fs:1889:11)'],
  rename: ['Object.renameSync (node:fs:1032:11)'],
  copyfile: ['Object.copyFileSync (node:fs:3047:11)'],
  link: ['Object.linkSync (node:fs:1862:11)'],
  rm: ['Object.rmSync (node:fs:1260:13)'],
  close: ['Object.closeSync (node:fs:525:11)'],
  fstat: ['Object.fstatSync (node:fs:1633:25)'],
  write: ['Object.writeSync (node:fs:933:3)'],
  readlink: ['Object.readlinkSync (node:fs:1729:18)'],
  realpathSync: ['Object.realpathSync (node:fs:2741:29)'],
  opendir: ['Object.opendirSync (node:internal/fs/dir:327:29)'],
  chmod: ['Object.chmodSync (node:fs:1999:11)'],
};
const withSyncFrames = new WeakSet();
function atThrowSite(err, key, callers) {
  const site = throwSites[key];
  if (err && site) internals.setThrowSite(err, `${site[0]}\n${site[1]}\n${' '.repeat(site[2])}^\n`);
  const frames = syncFrames[key];
  if (callers && frames && err !== null && typeof err === 'object' && !withSyncFrames.has(err)) {
    withSyncFrames.add(err);
    internals.prependStackFrames(err, [...frames, ...callers].map((frame) => `    at ${frame}`).join('\n'));
  }
  return err;
}

function runSync(op, syscall, path, a, b) {
  const [err, value] = run(op, syscall, path, a, b);
  if (err) throw atThrowSite(err, syscall, []);
  return value;
}

// An asynchronous operation through the thread pool: `work()` (the syscall, `[err, value]`) runs
// when the first request completes — a pool thread's change is visible from then on, not when
// the call is made, so a readFileSync right after fs.writeFile still sees the old content —
// then `after(err, value)` gives the requests still to make (`[stages, cost]`) before
// `done(err, value)`.
function poolOperation(api, first, work, after, done) {
  const form = promiseForm;
  native.request(() => withForm(form, () => {
    const [err, value] = work();
    const [stages, cost] = after ? after(err, value) : [[], 0];
    afterRequests(stages, api, cost, () => done(err, value));
  }), native.requestCostUs, requestLabel(api, first));
}

// The thread pool: each stage is one request (Node's readFile is open, fstat, read, close).
function afterRequests(stages, api, cost, done) {
  const form = promiseForm;
  function next(i) {
    if (i === stages.length) return withForm(form, done);
    native.request(() => next(i + 1), stages[i] === 'read' ? cost : native.requestCostUs, withForm(form, () => requestLabel(api, stages[i])));
  }
  next(0);
}

// Node calls an fs callback from its request's `oncomplete`, through the function lib/fs.js
// wrapped the callback in (makeCallback's arrow, makeStatsCallback's, ReadFileContext's
// readFileAfterClose, writeFile's open callback ...), so a stack made in the callback shows
// those functions' frames below its own. Each function here stands for them: it calls the
// callback itself, and src/builtin_frames.rs prints its frames as Node 20.20.2 does.
function makeCallbackArrow(callback, ...args) { return callback(...args); }
function makeCallbackArrowCalled(callback, ...args) { return callback(...args); }
function readFileContextTick(done) { return readFileAfterCloseCalled(done); }
function readFileAfterCloseCalled(done) { return done(); }
function writeAllDone(callback) { return callback(null); }
function statsCallbackDone(callback, stats) { return callback(null, stats); }
function statsCallbackFailed(callback, err) { return callback(err); }
function readFileAfterOpenFailed(callback, err) { return callback(err); }
function readFileAfterCloseDone(callback, data) { return callback(null, data); }
function readFileAfterCloseFailed(callback, err) { return callback(err); }
function writeFileOpenFailed(callback, err) { return callback(err); }
function suppressedCallback(callback, exists) { return callback(exists); }
function readdirWithTypesDone(callback, entries) { return callback(null, entries); }
function readdirWithTypesFailed(callback, err) { return callback(err); }
function rimrafDone(callback) { return callback(null); }
function rimrafDirectoryDone(callback) { return callback(null); }
function rimrafEmptyDirectoryDone(callback) { return callback(null); }
function rimrafMissingForced(callback) { return callback(null); }
function rmLstatFailed(callback, err) { return callback(err); }
function rmNotRecursive(callback, err) { return callback(err); }
function readWrapper(callback, ...args) { return callback(...args); }
function writeWrapper(callback, ...args) { return callback(...args); }

/** A stat call's callback, through makeStatsCallback. */
function statsCallback(callback, err, stats) {
  return err ? statsCallbackFailed(callback, err) : statsCallbackDone(callback, stats);
}

// fs/promises runs the callback forms below; their requests are FSReqPromise wraps in Node, so
// an operation started from a promise form labels each of its requests `fs.promises.*`
// (io::resource_name), through every later stage of the operation.
let promiseForm = false;
function withForm(form, fn) {
  const saved = promiseForm;
  promiseForm = form;
  try {
    return fn();
  } finally {
    promiseForm = saved;
  }
}
function requestLabel(api, stage) {
  return `${promiseForm ? api.replace(/^fs\./, 'fs.promises.') : api} (${stage})`;
}

function readCost(bytes) {
  return native.requestCostUs + Math.floor((bytes ? bytes.byteLength : 0) / 1024) * native.costPerKibUs;
}

// ------------------------------------------------------------------------ callback API
// A directory opens; Node's readFile fails at its first read (`EISDIR ..., read`, no path),
// then closes the descriptor before calling back.
function readFileError(err) {
  return err.code === 'EISDIR' ? uvException('EISDIR', 'read') : err;
}

function abortErrorOf(signal) {
  return new internals.AbortError(undefined, { cause: signal.reason });
}

// lib/fs.js readFile: an already aborted signal calls back at once (checkAborted); otherwise
// ReadFileContext checks it before reading, after open and fstat, and an abort then closes
// the file and calls back with the AbortError. fs/promises' readFileHandle checks it after
// open too (`fromPromises`).
function readFileWith(path, options, callback, fromPromises) {
  path = validatePath(path);
  const encoding = encodingOf(options);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
  if (signal != null) internals.validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    callback(abortErrorOf(signal));
    return;
  }
  const abort = () => afterRequests(['close'], 'fs.readFile', 0, () => readFileAfterCloseFailed(callback, abortErrorOf(signal)));
  poolOperation('fs.readFile', 'open', () => {
    const [err, bytes] = run('readFile', 'open', path);
    return [err && withoutFrames(readFileError(err)), bytes];
  }, (err) => [err && err.syscall === 'read' ? ['fstat', 'read', 'close'] : [], 0], (err, bytes) => {
    // A failed open calls back from readFileAfterOpen, a failed read after the close.
    if (err) return err.syscall === 'read' ? readFileAfterCloseFailed(callback, err) : readFileAfterOpenFailed(callback, err);
    if (fromPromises && signal?.aborted) return abort();
    afterRequests(['fstat'], 'fs.readFile', 0, () => {
      if (signal?.aborted) return abort();
      // Node reads the bytes at its read request, submitted now: what a racing writeFile
      // wrote meanwhile is seen. A file unlinked since the open keeps its bytes (the open
      // descriptor still names them).
      const [changed, now] = run('readFile', 'open', path);
      if (!changed) bytes = now;
      afterRequests(['read', 'close'], 'fs.readFile', readCost(bytes), () => {
        let data;
        try {
          data = decode(bytes, encoding);
        } catch (e) {
          return readFileAfterCloseFailed(callback, e);
        }
        return readFileAfterCloseDone(callback, data);
      });
    });
  });
}
function readFile(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback || options, 'readFile');
  if (isFd(path)) return readFd(path, encodingOf(options), callback);
  readFileWith(path, options, callback, false);
}

// ------------------------------------------------------------------------ a descriptor for a path
// lib/fs.js isFd: readFile, writeFile and appendFile take an open descriptor in place of a
// path (`isUserFd`): they read from, or write at, its current position, through the fd API's
// own requests, and never close it (appendFile adds no 'a' flag: the descriptor's own decides).
function isFd(path) {
  return typeof path === 'number' && path >>> 0 === path;
}

const kReadFileUnknownBufferLength = 64 * 1024;
function readFdSync(fd) {
  const fs = internals.loadBuiltin('fs');
  const size = fs.fstatSync(fd).size;
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = global.Buffer.allocUnsafe(size > total ? size - total : kReadFileUnknownBufferLength);
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (size > 0 && total >= size) break;
  }
  return global.Buffer.concat(chunks, total);
}

// lib/internal/fs/read/context.js with isUserFd: fstat for the size, reads (of what is left of
// the size, or 64 KiB at a time for an empty size) until one returns nothing or the size is
// read, then the callback on a tick in place of the close.
function readFd(fd, encoding, callback) {
  const fs = internals.loadBuiltin('fs');
  fs.fstat(fd, (err, stats) => {
    if (err) return callback(err);
    const size = stats.size;
    const chunks = [];
    let total = 0;
    // A user's descriptor is not closed: ReadFileContext calls back on a tick instead.
    const finish = () => process.nextTick(readFileContextTick, () => {
      let data;
      try {
        data = decode(global.Buffer.concat(chunks, total), encoding);
      } catch (e) {
        return callback(e);
      }
      return callback(null, data);
    });
    const next = () => {
      const chunk = global.Buffer.allocUnsafe(size > total ? size - total : kReadFileUnknownBufferLength);
      fs.read(fd, chunk, 0, chunk.length, -1, (readErr, read) => {
        if (readErr) return callback(readErr);
        if (read === 0) return finish();
        chunks.push(chunk.subarray(0, read));
        total += read;
        return size > 0 && total >= size ? finish() : next();
      });
    };
    next();
  });
}

function writeFdSync(fd, bytes) {
  const fs = internals.loadBuiltin('fs');
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

// lib/fs.js writeAll with isUserFd: writes at the current position until all is written, then
// the callback (no close).
function writeFd(fd, bytes, callback) {
  const fs = internals.loadBuiltin('fs');
  let offset = 0;
  const next = () => fs.write(fd, bytes, offset, bytes.length - offset, null, (err, written) => {
    if (err) return callback(err);
    offset += written;
    return offset < bytes.length ? next() : writeAllDone(callback);
  });
  next();
}

function writeFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback || options, 'writeFile');
  if (isFd(path)) return writeFd(path, encode(data, options), callback);
  writeFileAtPath(path, data, options, callback);
}

function writeFileAtPath(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  path = validatePath(path);
  const bytes = encode(data, options);
  const signal = options && typeof options === 'object' ? options.signal : undefined;
  if (signal != null) return writeFileWithSignal(path, bytes, flagOf(options, 'w'), signal, callback);
  poolOperation('fs.writeFile', 'open', () => writeWithFlag(path, bytes, flagOf(options, 'w')),
    (err) => [err ? [] : ['write', 'close'], readCost(bytes)], (err) => (err ? writeFileOpenFailed(callback, withoutFrames(err)) : makeCallbackArrow(callback, null)));
}

// lib/fs.js writeFile with a signal: an aborted one calls back at once (checkAborted); writeAll
// checks it again once the file is open (created or truncated by then), and an abort closes the
// file and calls back with the AbortError instead of writing.
function writeFileWithSignal(path, bytes, flag, signal, callback) {
  internals.validateAbortSignal(signal, 'options.signal');
  if (signal.aborted) {
    callback(abortErrorOf(signal));
    return;
  }
  const fs = internals.loadBuiltin('fs');
  poolOperation('fs.writeFile', 'open', () => {
    try {
      return [null, fs.openSync(path, flag)];
    } catch (err) {
      return [err, undefined];
    }
  }, () => [[], 0], (err, fd) => {
    if (err) return writeFileOpenFailed(callback, withoutFrames(err));
    if (signal.aborted) {
      fs.closeSync(fd);
      return afterRequests(['close'], 'fs.writeFile', 0, () => makeCallbackArrow(callback, abortErrorOf(signal)));
    }
    let failure = null;
    afterRequests(['write'], 'fs.writeFile', readCost(bytes), () => {
      try {
        fs.writeSync(fd, bytes, 0, bytes.length, /a/.test(String(flag)) ? null : 0);
      } catch (e) {
        failure = e;
      }
      fs.closeSync(fd);
      afterRequests(['close'], 'fs.writeFile', 0, () => makeCallbackArrow(callback, failure && withoutFrames(failure)));
    });
  });
}

function flagOf(options, fallback) {
  return options && typeof options === 'object' && options.flag != null ? options.flag : fallback;
}

// lib/fs.js writeFile(Sync) opens the path with options.flag ('w' unless given). 'w' and 'a'
// are the vfs's own writeFile and appendFile; any other flag ('wx' refusing an existing file,
// 'r+' writing over the start of one without truncating, 'ax', 'a+', ...) goes through the
// descriptor API as Node's does: open, write at 0 (at the end for an append flag), close.
function writeWithFlag(path, bytes, flag) {
  if (flag === 'w' || flag === 'a') return run(flag === 'a' ? 'appendFile' : 'writeFile', 'open', path, bytes);
  const fs = internals.loadBuiltin('fs');
  let fd;
  try {
    fd = fs.openSync(path, flag);
  } catch (err) {
    return [err, undefined];
  }
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, /a/.test(String(flag)) ? null : 0);
  } catch (err) {
    return [err, undefined];
  } finally {
    fs.closeSync(fd);
  }
  return [null, undefined];
}

function appendFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback || options, 'appendFile');
  if (isFd(path)) return writeFd(path, encode(data, options), callback);
  appendFileAtPath(path, data, options, callback);
}

function appendFileAtPath(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  path = validatePath(path);
  const bytes = encode(data, options);
  poolOperation('fs.appendFile', 'open', () => writeWithFlag(path, bytes, flagOf(options, 'a')),
    (err) => [err ? [] : ['write', 'close'], readCost(bytes)], (err) => (err ? writeFileOpenFailed(callback, withoutFrames(err)) : makeCallbackArrow(callback, null)));
}

function simple(op, syscall, stages, shape) {
  return function (path, ...rest) {
    const callback = rest.pop();
    validateCallback(callback, op);
    path = validatePath(path);
    const args = shape(rest);
    poolOperation(`fs.${op}`, stages[0], () => run(op, syscall, path, ...args), () => [stages.slice(1), 0],
      (err, value) => (err ? makeCallbackArrow(callback, withoutFrames(err)) : makeCallbackArrow(callback, null, value)));
  };
}

// The entry's type as libuv's readdir gives it (UV_DIRENT_FILE 1, _DIR 2, _LINK 3): a link's
// own type, never its target's.
class Dirent {
  constructor(name, isDir, path, isLink = false) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[internals.kType] = isLink ? 3 : isDir ? 2 : 1;
  }
  isFile() { return this[internals.kType] === 1; }
  isDirectory() { return this[internals.kType] === 2; }
  isSymbolicLink() { return this[internals.kType] === 3; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

// A name as readdir's `encoding` asks (the binding's StringBytes::Encode): a Buffer for
// 'buffer', the UTF-8 bytes re-read in the encoding otherwise.
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const bytes = global.Buffer.from(name, 'utf8');
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

function direntsOrNames(entries, options, dir) {
  const encoding = encodingOf(options);
  if (options && options.withFileTypes) {
    return entries.map(([name, isDir, isLink]) => new Dirent(encodeName(name, encoding), isDir, dir, isLink));
  }
  return entries.map(([name]) => encodeName(name, encoding));
}

// lib/internal/fs/utils.js: Stats and BigIntStats share StatsBase's type checks; a stat call
// with `{ bigint: true }` gives a BigIntStats (every number a bigint, plus the `*Ns` times).
class StatsBase {
  isFile() { return this[internals.kType].isFile; }
  isDirectory() { return this[internals.kType].isDirectory; }
  isSymbolicLink() { return !!this[internals.kType].isSymbolicLink; }
  isFIFO() { return !!this[internals.kType].isFIFO; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

class Stats extends StatsBase {
  constructor(info, missing = false) {
    super();
    this.dev = 2049;
    // The type bits (S_IFDIR, S_IFREG, S_IFLNK) and the permission bits chmod set, else a
    // umask-022 default (a symbolic link's are always 0777).
    this.mode = info.isSymbolicLink ? 0o120777
      : info.isFIFO ? 0o10000 | info.mode
      : info.isDirectory ? 0o40000 | (info.mode ?? 0o755) : 0o100000 | (info.mode ?? 0o644);
    this.nlink = info.nlink ?? 1;
    this.uid = 1000;
    this.gid = 1000;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = info.ino ?? 0;
    this.size = info.size;
    // 512-byte blocks, allocated a 4 KiB file-system block at a time (ext4); a short link's
    // target lives in its inode.
    this.blocks = info.isSymbolicLink ? 0 : Math.ceil(info.size / 4096) * 8;
    // A path that does not exist (fs.watchFile's "previous" before it appeared) is all zeros.
    const ms = missing ? 0 : 1704067200000;
    if (missing) Object.assign(this, { dev: 0, mode: 0, nlink: 0, uid: 0, gid: 0, blksize: 0 });
    // utimes sets the access and modification times; the others stay at the run's start.
    this.atimeMs = info.atimeMs ?? ms;
    this.mtimeMs = info.mtimeMs ?? ms;
    this.ctimeMs = ms;
    this.birthtimeMs = ms;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(ms);
    this.birthtime = new Date(ms);
    Object.defineProperty(this, internals.kType, { value: info, enumerable: false });
  }
}

const timeNames = ['atime', 'mtime', 'ctime', 'birthtime'];
class BigIntStats extends StatsBase {
  constructor(info) {
    super();
    const numbers = new Stats(info);
    for (const key of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
      this[key] = BigInt(numbers[key]);
    }
    // The nanoseconds are the source; the milliseconds are them divided down (a bigint
    // division, so truncated), the Dates made from the milliseconds.
    const ns = timeNames.map((name) => BigInt(Math.round(numbers[`${name}Ms`] * 1e3)) * 1000n);
    timeNames.forEach((name, i) => { this[`${name}Ms`] = ns[i] / 1000000n; });
    timeNames.forEach((name, i) => { this[`${name}Ns`] = ns[i]; });
    timeNames.forEach((name) => { this[name] = new Date(Number(this[`${name}Ms`])); });
    Object.defineProperty(this, internals.kType, { value: info, enumerable: false });
  }
}

/** The Stats of a stat call's options: BigIntStats when `bigint` is set. */
function statsOf(info, options) {
  return options && typeof options === 'object' && options.bigint ? new BigIntStats(info) : new Stats(info);
}

// readdir with `recursive`: every entry below `path`, breadth first, each named relative to
// `path` (Dirents carry their own directory), as lib/fs.js readdirSyncRecursive lists them.
function readdirRecursiveSync(path, options) {
  const withFileTypes = !!(options && options.withFileTypes);
  const results = [];
  const queue = [path];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const entries = runSync('readdir', 'scandir', dir);
    for (const [name, isDir, isLink] of entries) {
      const full = pathModule.join(dir, name);
      results.push(withFileTypes ? new Dirent(name, isDir, dir, isLink) : pathModule.relative(path, full));
      // Names are followed into directories by internalModuleStat, which follows a link;
      // Dirents by their own type, which does not.
      const descend = withFileTypes || !isLink ? isDir : native.call('stat', resolve(full))[1]?.isDirectory;
      if (descend) queue.push(full);
    }
  }
  return results;
}

// fs.promises.readdir with `recursive` (lib/internal/fs/promises.js readdirRecursive): each
// directory is read (one pool round trip) as soon as it is met, and the directories read are
// taken last-in first-out, so the order differs from the sync form's.
function readdirRecursivePromise(path, options) {
  const withFileTypes = !!(options && options.withFileTypes);
  const readDir = (dir) => new Promise((resolvePromise, reject) => {
    poolOperation('fs.promises.readdir', 'scandir', () => run('readdir', 'scandir', dir), null,
      (err, entries) => (err ? reject(promiseStack('readdir', withoutFrames(err))) : resolvePromise(entries)));
  });
  return (async () => {
    const results = [];
    const stack = [[path, await readDir(path)]];
    while (stack.length > 0) {
      const [dir, entries] = stack.pop();
      for (const [name, isDir, isLink] of entries) {
        const full = pathModule.join(dir, name);
        results.push(withFileTypes ? new Dirent(name, isDir, dir, isLink) : pathModule.relative(path, full));
        if (isDir) stack.push([full, await readDir(full)]);
      }
    }
    return results;
  })();
}

function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback, 'readdir');
  path = validatePath(path);
  encodingOf(options);
  // Node 20 lists a recursive readdir synchronously and calls back at once.
  if (options && options.recursive) {
    callback(null, readdirRecursiveSync(path, options));
    return;
  }
  // With file types, the Dirents are made in the request's own oncomplete (getDirents).
  const withTypes = !!(options && options.withFileTypes);
  poolOperation('fs.readdir', 'scandir', () => run('readdir', 'scandir', path), null, (err, entries) => {
    if (err) return (withTypes ? readdirWithTypesFailed : makeCallbackArrow)(callback, withoutFrames(err));
    const listed = direntsOrNames(entries, options, path);
    return withTypes ? readdirWithTypesDone(callback, listed) : makeCallbackArrow(callback, null, listed);
  });
}

function statWith(syscall) {
  return function (path, options, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    validateCallback(callback, syscall);
    path = validatePath(path);
    poolOperation(`fs.${syscall}`, syscall, () => run(syscall, syscall, path), null,
      (err, info) => statsCallback(callback, err && withoutFrames(err), err ? undefined : statsOf(info, options)));
  };
}
const stat = statWith('stat');
const lstat = statWith('lstat');

function exists(path, callback) {
  validateCallback(callback, 'exists');
  poolOperation('fs.exists', 'access', () => run('exists', 'access', String(path)), null, (err, value) => makeCallbackArrow(suppressedCallback, callback, value === true));
}
// exists' callback takes no error first, so promisify needs its own form (lib/fs.js).
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
  writable: false, enumerable: false, configurable: true,
});

// lib/internal/fs/utils.js getValidMode for access: F_OK when absent, else an int32 in 0..7
// (the binding's words).
function validAccessMode(mode) {
  if (mode == null) return 0;
  if (!Number.isInteger(mode) || mode !== (mode | 0)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return mode;
}

// access(2) as the recording node meets it, running as root: read and write are always
// granted; execute needs an x bit on a file (a directory is always searchable).
function accessOutcome(path, mode) {
  const [err, info] = run('stat', 'access', path);
  if (err) return [err];
  if (mode & 1 && info.isFile && ((info.mode ?? 0o644) & 0o111) === 0) return [uvException('EACCES', 'access', path)];
  return [null];
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  validateCallback(callback, 'access');
  path = validatePath(path);
  mode = validAccessMode(mode);
  poolOperation('fs.access', 'access', () => {
    const [err] = accessOutcome(path, mode);
    return [err && withoutFrames(err), undefined];
  }, null, (err) => makeCallbackArrow(callback, err));
}

// Node's MKDirpSync (src/node_file.cc): mkdir the path; on ENOENT first its prefix before the
// last '/', and so on down. The first directory made is returned as the caller spelled it
// (`./a`, `c/` for `c//d/`), an error names the whole path. `syscalls` gets each mkdir and
// stat made: the callback form makes each one a request of its own (MKDirpAsync).
function mkdirp(path, syscalls) {
  const fail = (code) => [uvException(code, 'mkdir', path), undefined];
  const stack = [path];
  let first;
  while (stack.length > 0) {
    const next = stack.pop();
    syscalls.push('mkdir');
    const [err] = run('mkdir', 'mkdir', next, false);
    let code = err ? err.code : null;
    if (code === null) {
      if (first === undefined) first = next;
      continue;
    }
    if (code === 'EACCES' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EPERM') return fail(code);
    if (code === 'ENOENT') {
      const slash = next.lastIndexOf('/');
      const dirname = slash < 0 ? next : next.slice(0, slash);
      if (dirname !== next) {
        stack.push(next, dirname);
        continue;
      }
      if (stack.length > 0) continue;
      code = 'EEXIST';
    }
    // Anything else: fine when a directory is there already.
    syscalls.push('stat');
    const [statCode, info] = native.call('stat', resolve(next));
    if (statCode !== null) return fail(statCode);
    if (!info.isDirectory) return fail(code === 'EEXIST' && stack.length > 0 ? 'ENOTDIR' : 'EEXIST');
  }
  return [null, first];
}

function mkdirOutcome(path, recursive, syscalls = []) {
  return recursive ? mkdirp(path, syscalls) : run('mkdir', 'mkdir', path, false);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback, 'mkdir');
  path = validatePath(path);
  const recursive = !!(options && typeof options === 'object' && options.recursive);
  const syscalls = [];
  poolOperation('fs.mkdir', 'mkdir', () => mkdirOutcome(path, recursive, syscalls), () => [syscalls.slice(1), 0],
    (err, first) => (err ? makeCallbackArrow(callback, withoutFrames(err)) : recursive ? makeCallbackArrow(callback, null, first) : makeCallbackArrow(callback, null)));
}

const unlink = simple('unlink', 'unlink', ['unlink'], () => []);
const rmdir = simple('rmdir', 'rmdir', ['rmdir'], (rest) => [!!(rest[0] && rest[0].recursive)]);
// lib/internal/fs/rimraf.js via rm: an lstat first (so a missing path is `lstat`'s ENOENT), a
// directory without `recursive` is ERR_FS_EISDIR, `force` ignores a missing path.
// The value says what happened, for the callback's frames (rmCallback): 'forced' (a missing
// path ignored), 'file', 'empty directory' or 'directory' removed.
function rmOutcome(path, options) {
  const recursive = !!(options && options.recursive);
  const [statErr, info] = run('lstat', 'lstat', path);
  if (statErr) return options && options.force && statErr.code === 'ENOENT' ? [null, 'forced'] : [statErr];
  if (info.isDirectory && !recursive) {
    return [systemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 })];
  }
  const empty = info.isDirectory && run('readdir', 'scandir', path)[1]?.length === 0;
  const [err] = run('rm', 'rm', path, recursive);
  return [err, err ? undefined : empty ? 'empty directory' : info.isDirectory ? 'directory' : 'file'];
}
// The requests after validateRmOptions' lstat: none when it refused; else rimraf's own lstat,
// then unlink for a file or rmdir for a directory (a full one: its rmdir fails, readdir, and
// rmdir again; the children's requests, made side by side, are not counted).
function rmRequests(err, removed) {
  if (err) return [[], 0];
  const rest = { forced: [], file: ['unlink'], 'empty directory': ['rmdir'], directory: ['rmdir', 'scandir', 'rmdir'] }[removed];
  return [['lstat', ...rest], 0];
}
// rm's callback runs under lib/fs.js rm's lstat callback when the lstat refused (a failed
// lstat, a directory without `recursive`), else under rimraf's CB.
function rmCallback(callback, err, removed) {
  if (err) return (err.code === 'ERR_FS_EISDIR' ? rmNotRecursive : rmLstatFailed)(callback, err);
  if (removed === 'forced') return rimrafMissingForced(callback);
  // rimraf removes a file by unlink, an empty directory by its first rmdir, a full one by
  // rmdir after its children (each a frame of its own).
  if (removed === 'directory') return rimrafDirectoryDone(callback);
  return (removed === 'empty directory' ? rimrafEmptyDirectoryDone : rimrafDone)(callback);
}
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  poolOperation('fs.rm', 'lstat', () => rmOutcome(path, options), rmRequests,
    (err, removed) => rmCallback(callback, err && withoutFrames(err), removed));
}
// COPYFILE_EXCL (mode bit 1): the destination must not exist.
function copyOutcome(from, to, mode) {
  if ((mode | 0) & 1 && native.call('exists', resolve(to))[1] && native.call('exists', resolve(from))[1]) {
    return [uvException('EEXIST', 'copyfile', from, to)];
  }
  return run('copyFile', 'copyfile', from, resolve(to), undefined, to);
}
function rename(from, to, callback) {
  validateCallback(callback, 'rename');
  from = validatePath(from, 'oldPath');
  to = validatePath(to, 'newPath');
  poolOperation('fs.rename', 'rename', () => run('rename', 'rename', from, resolve(to), undefined, to), null,
    (err) => makeCallbackArrow(callback, withoutFrames(err) || null));
}
function copyFile(from, to, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  validateCallback(callback, 'copyFile');
  from = validatePath(from, 'src');
  to = validatePath(to, 'dest');
  poolOperation('fs.copyFile', 'copyfile', () => copyOutcome(from, to, mode), null,
    (err) => makeCallbackArrow(callback, withoutFrames(err) || null));
}

// ------------------------------------------------------------------------ watch
// fs.watch as inotify reports the run's own changes on Linux: a watched file gets 'change'
// when written and 'rename' when removed or moved; a watched directory gets, for a child,
// 'rename' when it appears or goes (then 'change' if it was written) and 'change' when
// written. Events reach the listener in the next poll phase (the write's syscall queued
// them and inotify's descriptor is readable at once); inotify merges an event identical to the one still queued before it.
const { EventEmitter } = internals;
const mutations = new Set(['writeFile', 'appendFile', 'copyFile', 'unlink', 'rm', 'rmdir', 'mkdir', 'rename']);
const watchers = new Set();

function notifyWatchers(op, target, existed, secondPath) {
  const changes = [];
  if (op === 'writeFile' || op === 'appendFile') {
    if (!existed) changes.push(['rename', target]);
    changes.push(['change', target]);
  } else if (op === 'copyFile') {
    if (!native.call('exists', secondPath)[1]) return;
    changes.push(['rename', secondPath], ['change', secondPath]);
  } else if (op === 'rename') {
    changes.push(['rename', target], ['rename', secondPath]);
  } else {
    changes.push(['rename', target]);
  }
  for (const watcher of watchers) {
    for (const [eventType, changed] of changes) {
      if (changed === watcher._path) watcher._queue(eventType, pathModule.basename(changed));
      else if (pathModule.dirname(changed) === watcher._path) watcher._queue(eventType, pathModule.basename(changed));
    }
  }
}

class FSWatcher extends EventEmitter {
  constructor(path) {
    super();
    this._handle = { watching: path };
    Object.defineProperty(this, '_path', { value: path, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(this, '_pending', { value: [], writable: true, configurable: true, enumerable: false });
    Object.defineProperty(this, '_refed', { value: true, writable: true, configurable: true, enumerable: false });
    watchers.add(this);
    native.handleRef(1);
    Object.defineProperty(this, '_wrap', { value: internals.handleWraps.open('FSEventWrap', () => this), writable: true, configurable: true, enumerable: false });
  }

  _queue(eventType, filename) {
    const last = this._pending[this._pending.length - 1];
    if (last && last[0] === eventType && last[1] === filename) return;
    this._pending.push([eventType, filename]);
    if (this._pending.length > 1) return;
    native.request(() => {
      const events = this._pending;
      this._pending = [];
      for (const [type, name] of events) {
        if (this._handle === null) return;
        this.emit('change', type, name);
      }
    }, 0, 'fs.watch (inotify)');
  }

  close() {
    if (this._handle === null) return;
    this._handle = null;
    watchers.delete(this);
    if (this._refed) native.handleRef(-1);
    internals.handleWraps.close(this._wrap);
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (!this._refed && this._handle !== null) { this._refed = true; this._wrap.refed = true; native.handleRef(1); }
    return this;
  }

  unref() {
    if (this._refed && this._handle !== null) { this._refed = false; this._wrap.refed = false; native.handleRef(-1); }
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  filename = validatePath(filename, 'filename');
  const target = resolve(filename);
  if (!native.call('exists', target)[1]) {
    // Node's UVException (lib/internal/errors.js) names only a non-empty path.
    const named = filename === '' ? undefined : filename;
    const err = uvException('ENOENT', 'watch', named);
    // Node's FSEvent error lists syscall before code, and adds `filename`.
    const ordered = new Error(err.message);
    Object.assign(ordered, { errno: err.errno, syscall: 'watch', code: err.code });
    if (named !== undefined) ordered.path = named;
    ordered.filename = filename;
    throw atThrowSite(ordered, 'watch');
  }
  const watcher = new FSWatcher(target);
  if (options && typeof options === 'object' && options.persistent === false) watcher.unref();
  if (listener) watcher.addListener('change', listener);
  return watcher;
}

// fs.watchFile: libuv's fs_poll, a stat every `interval` ms (5007 by default) that calls the
// listener with (current, previous) Stats when they differ.
const statWatchers = new Map();
function snapshot(target) {
  const [code, info] = native.call('stat', target);
  const [, bytes] = code === null && info.isFile ? native.call('readFile', target) : [null, undefined];
  return { info: code === null ? info : null, bytes };
}
function sameSnapshot(a, b) {
  if (!a.info || !b.info) return a.info === b.info;
  if (a.info.size !== b.info.size || a.info.isFile !== b.info.isFile) return false;
  if (!a.bytes || !b.bytes) return a.bytes === b.bytes;
  return a.bytes.every((byte, i) => byte === b.bytes[i]);
}
function snapshotStats(snap) {
  return new Stats(snap.info || { isFile: false, isDirectory: false, size: 0 }, !snap.info);
}
// internal/fs/watchers' StatWatcher (an EventEmitter over libuv's fs_poll handle).
class StatWatcher extends EventEmitter {}

function watchFile(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  filename = validatePath(filename, 'filename');
  validateCallback(listener);
  const target = pathModule.resolve(filename);
  let entry = statWatchers.get(target);
  if (entry === undefined) {
    const interval = options && typeof options.interval === 'number' ? options.interval : 5007;
    const watcher = new StatWatcher();
    let previous = snapshot(target);
    // The poll's timer is libuv's own: not a Timeout. The StatWatcher handle keeps the loop
    // alive (while persistent) and is what getActiveResourcesInfo lists.
    const timer = global.setInterval(() => {
      const current = snapshot(target);
      if (sameSnapshot(current, previous)) return;
      const prevStats = snapshotStats(previous);
      previous = current;
      watcher.emit('change', snapshotStats(current), prevStats);
    }, interval);
    timer.unref();
    const persistent = !(options && options.persistent === false);
    const wrap = internals.handleWraps.open('StatWatcher', () => watcher, persistent);
    if (persistent) native.handleRef(1);
    watcher.stop = () => {
      global.clearInterval(timer);
      // unwatchFile's kFSStatWatcherAddOrCleanRef('clean'/'cleanAll') unrefs it first.
      wrap.refed = false;
      if (persistent) native.handleRef(-1);
      internals.handleWraps.close(wrap);
    };
    entry = watcher;
    statWatchers.set(target, entry);
  }
  entry.addListener('change', listener);
  return entry;
}
function unwatchFile(filename, listener) {
  const target = pathModule.resolve(validatePath(filename, 'filename'));
  const entry = statWatchers.get(target);
  if (entry === undefined) return;
  if (typeof listener === 'function') entry.removeListener('change', listener);
  else entry.removeAllListeners('change');
  if (entry.listenerCount('change') === 0) {
    entry.stop();
    statWatchers.delete(target);
  }
}

// ------------------------------------------------------------------------ sync API
function readFileSync(path, options) {
  const encoding = encodingOf(options);
  if (isFd(path)) return decode(readFdSync(path), encoding);
  path = validatePath(path);
  const [err, bytes] = run('readFile', 'open', path);
  if (err) {
    const failure = readFileError(err);
    // Node reads UTF-8 in one binding call; other encodings open, then read.
    if (isUtf8Option(options)) throw atThrowSite(failure, 'readFileUtf8', []);
    if (failure.syscall === 'read') {
      throw atThrowSite(failure, 'read', ['tryReadSync (node:fs:424:20)', 'Object.readFileSync (node:fs:478:19)']);
    }
    throw atThrowSite(failure, failure.syscall, ['Object.readFileSync (node:fs:452:35)']);
  }
  return decode(bytes, encoding);
}
// lib/fs.js takes its UTF-8 fast paths when the options (a string, or an object's
// `encoding`) say utf8: an object without one is not defaulted.
function isUtf8Option(options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding === 'utf8' || encoding === 'utf-8';
}
// Node writes a string through its UTF-8 fast path (binding.writeFileUtf8) when the options
// say utf8 (as they do when absent), other data through openSync: the site of a failure
// differs. appendFileSync is writeFileSync with flag 'a'.
function writeSync(flag, path, data, options, callers) {
  const [err] = writeWithFlag(path, encode(data, options), flag);
  if (!err) return;
  if (typeof data === 'string' && (options === undefined || isUtf8Option(options))) {
    throw atThrowSite(err, 'writeFileUtf8', callers);
  }
  throw atThrowSite(err, 'open', ['Object.writeFileSync (node:fs:2393:35)', ...callers]);
}
function writeFileSync(path, data, options) {
  if (isFd(path)) return writeFdSync(path, encode(data, options));
  writeSync(flagOf(options, 'w'), validatePath(path), data, options, []);
}
function appendFileSync(path, data, options) {
  if (isFd(path)) return writeFdSync(path, encode(data, options));
  writeSync(flagOf(options, 'a'), validatePath(path), data, options, ['Object.appendFileSync (node:fs:2461:6)']);
}
function readdirSync(path, options) {
  path = validatePath(path);
  encodingOf(options);
  if (options && options.recursive) return readdirRecursiveSync(path, options);
  return direntsOrNames(runSync('readdir', 'scandir', path), options, path);
}
function statSyncWith(syscall) {
  return function (path, options) {
    path = validatePath(path);
    const [err, info] = run(syscall, syscall, path);
    if (err) {
      if (options && options.throwIfNoEntry === false) return undefined;
      throw atThrowSite(err, syscall, []);
    }
    return statsOf(info, options);
  };
}
const statSync = statSyncWith('stat');
const lstatSync = statSyncWith('lstat');
function existsSync(path) {
  try { return native.call('exists', resolve(validatePath(path)))[1] === true; } catch { return false; }
}
function accessSync(path, mode) {
  path = validatePath(path);
  const [err] = accessOutcome(path, validAccessMode(mode));
  if (err) throw atThrowSite(err, 'access', []);
}
function mkdirSync(path, options) {
  path = validatePath(path);
  const recursive = !!(options && typeof options === 'object' && options.recursive);
  const [err, first] = mkdirOutcome(path, recursive);
  if (err) throw atThrowSite(err, 'mkdir', []);
  return recursive ? first : undefined;
}
function unlinkSync(path) { runSync('unlink', 'unlink', validatePath(path)); }
function rmdirSync(path, options) { runSync('rmdir', 'rmdir', validatePath(path), !!(options && options.recursive)); }
function rmSync(path, options) {
  const [err] = rmOutcome(validatePath(path), options);
  if (err) throw atThrowSite(err, 'rm', []);
}
function renameSync(from, to) {
  to = validatePath(to, 'newPath');
  const [err] = run('rename', 'rename', validatePath(from, 'oldPath'), resolve(to), undefined, to);
  if (err) throw atThrowSite(err, 'rename', []);
}
function copyFileSync(from, to, mode) {
  to = validatePath(to, 'dest');
  const [err] = copyOutcome(validatePath(from, 'src'), to, mode);
  if (err) throw atThrowSite(err, 'copyfile', []);
}

// ------------------------------------------------------------------------ promises API
// The declared parameter counts of Node's fs/promises functions (their `length`).
const promiseLengths = {
  readFile: 2, writeFile: 3, appendFile: 3, readdir: 2, stat: 1, lstat: 1, access: 1, mkdir: 2,
  unlink: 1, rmdir: 2, rm: 2, rename: 2, copyFile: 3,
};
// An fs/promises function over a callback form: a method (named `api`, not a constructor,
// like Node's async functions), whose receiver names its frame in a failure's stack.
function promisified(fn, api) {
  const { [api]: promised } = {
    [api](...args) {
      const asMethod = this === promises;
      return new Promise((resolvePromise, reject) => {
        withForm(true, () => fn(...args, (err, value) => {
          if (!err) {
            resolvePromise(value);
            return;
          }
          promiseStack(api, err, asMethod);
          reject(atThrowSite(err, `promise ${api === 'rm' ? 'rm' : err.syscall}`));
        }));
      });
    },
  };
  Object.defineProperty(promised, 'length', { value: promiseLengths[api] ?? 0 });
  return promised;
}
const promisedReaddir = promisified(readdir, 'readdir');
const promises = {
  readFile: promisified((...args) => {
    const callback = args.pop();
    readFileWith(args[0], args[1], callback, true);
  }, 'readFile'),
  writeFile: promisified(writeFileAtPath, 'writeFile'),
  appendFile: promisified(appendFileAtPath, 'appendFile'),
  readdir(path, options) {
    return options && options.recursive
      ? readdirRecursivePromise(validatePath(path), options)
      : promisedReaddir.call(this, path, options);
  },
  stat: promisified(stat, 'stat'),
  lstat: promisified(lstat, 'lstat'),
  access: promisified(access, 'access'),
  mkdir: promisified(mkdir, 'mkdir'),
  unlink: promisified(unlink, 'unlink'),
  rmdir: promisified(rmdir, 'rmdir'),
  rm: promisified(rm, 'rm'),
  rename: promisified(rename, 'rename'),
  copyFile: promisified(copyFile, 'copyFile'),
};

// Node 20's fs.constants on Linux, in its order.
const constants = {"UV_FS_SYMLINK_DIR":1,"UV_FS_SYMLINK_JUNCTION":2,"O_RDONLY":0,"O_WRONLY":1,"O_RDWR":2,"UV_DIRENT_UNKNOWN":0,"UV_DIRENT_FILE":1,"UV_DIRENT_DIR":2,"UV_DIRENT_LINK":3,"UV_DIRENT_FIFO":4,"UV_DIRENT_SOCKET":5,"UV_DIRENT_CHAR":6,"UV_DIRENT_BLOCK":7,"EXTENSIONLESS_FORMAT_JAVASCRIPT":0,"EXTENSIONLESS_FORMAT_WASM":1,"S_IFMT":61440,"S_IFREG":32768,"S_IFDIR":16384,"S_IFCHR":8192,"S_IFBLK":24576,"S_IFIFO":4096,"S_IFLNK":40960,"S_IFSOCK":49152,"O_CREAT":64,"O_EXCL":128,"UV_FS_O_FILEMAP":0,"O_NOCTTY":256,"O_TRUNC":512,"O_APPEND":1024,"O_DIRECTORY":65536,"O_NOATIME":262144,"O_NOFOLLOW":131072,"O_SYNC":1052672,"O_DSYNC":4096,"O_DIRECT":16384,"O_NONBLOCK":2048,"S_IRWXU":448,"S_IRUSR":256,"S_IWUSR":128,"S_IXUSR":64,"S_IRWXG":56,"S_IRGRP":32,"S_IWGRP":16,"S_IXGRP":8,"S_IRWXO":7,"S_IROTH":4,"S_IWOTH":2,"S_IXOTH":1,"F_OK":0,"R_OK":4,"W_OK":2,"X_OK":1,"UV_FS_COPYFILE_EXCL":1,"COPYFILE_EXCL":1,"UV_FS_COPYFILE_FICLONE":2,"COPYFILE_FICLONE":2,"UV_FS_COPYFILE_FICLONE_FORCE":4,"COPYFILE_FICLONE_FORCE":4};
promises.constants = constants;

return {
  readFile, writeFile, appendFile, readdir, stat, lstat, exists, access, mkdir, unlink, rmdir, rm, rename, copyFile,
  readFileSync, writeFileSync, appendFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync,
  mkdirSync, unlinkSync, rmdirSync, rmSync, renameSync, copyFileSync,
  watch, watchFile, unwatchFile, FSWatcher,
  promises, constants, Stats, Dirent,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  // For src/js/fs_more.js (internal/fs/more), which adds the rest of the API; it removes this.
  [internals.kType]: { run, runSync, poolOperation, makeCallbackArrow, makeCallbackArrowCalled, statsCallback, readWrapper, writeWrapper, withoutFrames, uvException, validatePath, validateCallback, resolve, atThrowSite, promiseStack, systemError, throwSites, readdirRecursiveSync, Dirent, Stats, statsOf, errnos, descriptions, encode },
};
