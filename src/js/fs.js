//! `node:fs` and `node:fs/promises` as Node's `lib/fs.js` shapes them (callbacks, sync forms,
//! promises, errors), on the natives of `src/fs.rs`: operations on the run's virtual file
//! system, with the asynchronous forms completing through the thread pool in the poll phase.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const pathModule = internals.path;

const errnos = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, ENOTEMPTY: -39, EACCES: -13 };
const descriptions = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EACCES: 'permission denied',
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
  if (path instanceof URL) return path.pathname;
  if (path instanceof Uint8Array) return String.fromCharCode(...path);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be of type string or an instance of Buffer or URL.${describeReceived(path)}`);
}

function resolve(path) {
  return pathModule.resolve(process.cwd(), path);
}

function validateCallback(cb) {
  if (typeof cb !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "cb" argument must be of type function.${describeReceived(cb)}`);
  }
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding;
  return undefined;
}

function toBuffer(bytes) {
  return global.Buffer ? global.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

function decode(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return toBuffer(bytes);
  if (global.Buffer) return toBuffer(bytes).toString(encoding);
  return new TextDecoder().decode(bytes);
}

function encode(data, options) {
  if (typeof data === 'string') {
    const encoding = encodingOf(options) || 'utf8';
    return global.Buffer ? global.Buffer.from(data, encoding) : new TextEncoder().encode(data);
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.${describeReceived(data)}`);
}

// One operation now; `[code, value]` back.
function run(op, syscall, path, a, b) {
  const [code, value] = native.call(op, resolve(path), a, b);
  if (code !== null) return [uvException(code, syscall, path, op === 'rename' || op === 'copyFile' ? a : undefined), undefined];
  return [null, value];
}

function runSync(op, syscall, path, a, b) {
  const [err, value] = run(op, syscall, path, a, b);
  if (err) throw err;
  return value;
}

// The thread pool: each stage is one request (Node's readFile is open, fstat, read, close).
function afterRequests(stages, api, cost, done) {
  function next(i) {
    if (i === stages.length) return done();
    native.request(() => next(i + 1), stages[i] === 'read' ? cost : native.requestCostUs, `${api} (${stages[i]})`);
  }
  next(0);
}

function readCost(bytes) {
  return native.requestCostUs + Math.floor((bytes ? bytes.byteLength : 0) / 1024) * native.costPerKibUs;
}

// ------------------------------------------------------------------------ callback API
function readFile(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const encoding = encodingOf(options);
  const [err, bytes] = run('readFile', 'open', path);
  if (err) {
    afterRequests(['open'], 'fs.readFile', 0, () => callback(err));
    return;
  }
  afterRequests(['open', 'fstat', 'read', 'close'], 'fs.readFile', readCost(bytes), () => callback(null, decode(bytes, encoding)));
}

function writeFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const bytes = encode(data, options);
  const append = options && typeof options === 'object' && options.flag === 'a';
  const [err] = run(append ? 'appendFile' : 'writeFile', 'open', path, bytes);
  afterRequests(err ? ['open'] : ['open', 'write', 'close'], 'fs.writeFile', readCost(bytes), () => callback(err || null));
}

function appendFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const bytes = encode(data, options);
  const [err] = run('appendFile', 'open', path, bytes);
  afterRequests(err ? ['open'] : ['open', 'write', 'close'], 'fs.appendFile', readCost(bytes), () => callback(err || null));
}

function simple(op, syscall, stages, shape) {
  return function (path, ...rest) {
    const callback = rest.pop();
    validateCallback(callback);
    path = validatePath(path);
    const [err, value] = run(op, syscall, path, ...shape(rest));
    afterRequests(stages, `fs.${op}`, 0, () => (err ? callback(err) : callback(null, value)));
  };
}

class Dirent {
  constructor(name, isDir, path) {
    this.name = name;
    this.path = path;
    this[internals.kType] = isDir ? 2 : 1;
  }
  isFile() { return this[internals.kType] === 1; }
  isDirectory() { return this[internals.kType] === 2; }
  isSymbolicLink() { return false; }
}

function direntsOrNames(entries, options, dir) {
  if (options && options.withFileTypes) return entries.map(([name, isDir]) => new Dirent(name, isDir, dir));
  return entries.map(([name]) => name);
}

class Stats {
  constructor(info) {
    this.dev = 2049;
    this.mode = info.isDirectory ? 16877 : 33188;
    this.nlink = 1;
    this.uid = 1000;
    this.gid = 1000;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = 0;
    this.size = info.size;
    this.blocks = Math.ceil(info.size / 512);
    const ms = 1704067200000;
    this.atimeMs = ms;
    this.mtimeMs = ms;
    this.ctimeMs = ms;
    this.birthtimeMs = ms;
    this.atime = new Date(ms);
    this.mtime = new Date(ms);
    this.ctime = new Date(ms);
    this.birthtime = new Date(ms);
    Object.defineProperty(this, internals.kType, { value: info, enumerable: false });
  }
  isFile() { return this[internals.kType].isFile; }
  isDirectory() { return this[internals.kType].isDirectory; }
  isSymbolicLink() { return false; }
}

function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const [err, entries] = run('readdir', 'scandir', path);
  afterRequests(['scandir'], 'fs.readdir', 0, () => (err ? callback(err) : callback(null, direntsOrNames(entries, options, path))));
}

function stat(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const [err, info] = run('stat', 'stat', path);
  afterRequests(['stat'], 'fs.stat', 0, () => (err ? callback(err) : callback(null, new Stats(info))));
}

function exists(path, callback) {
  validateCallback(callback);
  const [, value] = run('exists', 'access', String(path));
  afterRequests(['access'], 'fs.exists', 0, () => callback(value));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const [, present] = run('exists', 'access', path);
  const err = present ? null : uvException('ENOENT', 'access', path);
  afterRequests(['access'], 'fs.access', 0, () => callback(err));
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateCallback(callback);
  path = validatePath(path);
  const recursive = !!(options && typeof options === 'object' && options.recursive);
  const [err, first] = run('mkdir', 'mkdir', path, recursive);
  afterRequests(['mkdir'], 'fs.mkdir', 0, () => (err ? callback(err) : recursive ? callback(null, first) : callback(null)));
}

const unlink = simple('unlink', 'unlink', ['unlink'], () => []);
const rmdir = simple('rmdir', 'rmdir', ['rmdir'], (rest) => [!!(rest[0] && rest[0].recursive)]);
const rm = simple('rm', 'rm', ['rm'], (rest) => [!!(rest[0] && rest[0].recursive)]);
function rename(from, to, callback) {
  validateCallback(callback);
  from = validatePath(from, 'oldPath');
  to = validatePath(to, 'newPath');
  const [err] = run('rename', 'rename', from, resolve(to));
  if (err) err.dest = to;
  afterRequests(['rename'], 'fs.rename', 0, () => callback(err || null));
}
function copyFile(from, to, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  validateCallback(callback);
  from = validatePath(from, 'src');
  to = validatePath(to, 'dest');
  const [err] = run('copyFile', 'copyfile', from, resolve(to));
  if (err) err.dest = to;
  afterRequests(['copyfile'], 'fs.copyFile', 0, () => callback(err || null));
}

// ------------------------------------------------------------------------ sync API
function readFileSync(path, options) {
  path = validatePath(path);
  return decode(runSync('readFile', 'open', path), encodingOf(options));
}
function writeFileSync(path, data, options) {
  path = validatePath(path);
  const append = options && typeof options === 'object' && options.flag === 'a';
  runSync(append ? 'appendFile' : 'writeFile', 'open', path, encode(data, options));
}
function appendFileSync(path, data, options) {
  runSync('appendFile', 'open', validatePath(path), encode(data, options));
}
function readdirSync(path, options) {
  path = validatePath(path);
  return direntsOrNames(runSync('readdir', 'scandir', path), options, path);
}
function statSync(path, options) {
  path = validatePath(path);
  const [err, info] = run('stat', 'stat', path);
  if (err) {
    if (options && options.throwIfNoEntry === false) return undefined;
    throw err;
  }
  return new Stats(info);
}
function existsSync(path) {
  try { return native.call('exists', resolve(validatePath(path)))[1]; } catch { return false; }
}
function accessSync(path) {
  path = validatePath(path);
  if (!native.call('exists', resolve(path))[1]) throw uvException('ENOENT', 'access', path);
}
function mkdirSync(path, options) {
  path = validatePath(path);
  const recursive = !!(options && typeof options === 'object' && options.recursive);
  const first = runSync('mkdir', 'mkdir', path, recursive);
  return recursive ? first : undefined;
}
function unlinkSync(path) { runSync('unlink', 'unlink', validatePath(path)); }
function rmdirSync(path, options) { runSync('rmdir', 'rmdir', validatePath(path), !!(options && options.recursive)); }
function rmSync(path, options) {
  path = validatePath(path);
  const [err] = run('rm', 'rm', path, !!(options && options.recursive));
  if (err && !(options && options.force && err.code === 'ENOENT')) throw err;
}
function renameSync(from, to) {
  const [err] = run('rename', 'rename', validatePath(from, 'oldPath'), resolve(validatePath(to, 'newPath')));
  if (err) { err.dest = to; throw err; }
}
function copyFileSync(from, to) {
  const [err] = run('copyFile', 'copyfile', validatePath(from, 'src'), resolve(validatePath(to, 'dest')));
  if (err) { err.dest = to; throw err; }
}

// ------------------------------------------------------------------------ promises API
function promisified(fn) {
  return (...args) => new Promise((resolvePromise, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolvePromise(value)));
  });
}
const promises = {
  readFile: promisified(readFile),
  writeFile: promisified(writeFile),
  appendFile: promisified(appendFile),
  readdir: promisified(readdir),
  stat: promisified(stat),
  lstat: promisified(stat),
  access: promisified(access),
  mkdir: promisified(mkdir),
  unlink: promisified(unlink),
  rmdir: promisified(rmdir),
  rm: promisified(rm),
  rename: promisified(rename),
  copyFile: promisified(copyFile),
};

const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, COPYFILE_EXCL: 1 };

return {
  readFile, writeFile, appendFile, readdir, stat, lstat: stat, exists, access, mkdir, unlink, rmdir, rm, rename, copyFile,
  readFileSync, writeFileSync, appendFileSync, readdirSync, statSync, lstatSync: statSync, existsSync, accessSync,
  mkdirSync, unlinkSync, rmdirSync, rmSync, renameSync, copyFileSync,
  promises, constants, Stats, Dirent,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};
