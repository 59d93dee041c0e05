//! The rest of `node:fs` (registered as `internal/fs/more`, after `fs` and `internal/fs/fd`):
//! realpath, mkdtemp, truncate, the chmod/chown/utimes families, cp, opendir and `Dir`,
//! fsync, readv/writev, statfs, openAsBlob and links (symbolic and hard), each in its
//! callback, sync and promise forms with Node's errors.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const fs = internals.loadBuiltin('fs');
const shared = fs[internals.kType];
delete fs[internals.kType];
const {
  run, poolOperation, withoutFrames, uvException, validatePath, validateCallback, resolve, atThrowSite,
  systemError, Dirent, promiseStack, makeCallbackArrow, makeCallbackArrowCalled,
} = shared;
const pathModule = internals.path;
const { Buffer } = internals.loadBuiltin('buffer');

// ---------------------------------------------------------------- shared shapes
function validateFd(fd) {
  if (typeof fd !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "fd" argument must be of type number.${describeReceived(fd)}`);
  }
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ${fd}`);
  }
  return fd;
}

// lib/internal/validators.js parseFileMode: a number, or an octal string.
function parseMode(mode, name = 'mode') {
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument '${name}' must be a 32-bit unsigned integer or an octal string. Received '${mode}'`);
    }
    mode = parseInt(mode, 8);
  }
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type number.${describeReceived(mode)}`);
  }
  if (!Number.isInteger(mode) || mode < 0 || mode > 4294967295) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0 && <= 4294967295. Received ${mode}`);
  }
  return mode;
}

// lib/internal/fs/utils.js toUnixTimestamp: seconds from a number, a numeric string or a Date;
// the vfs keeps milliseconds.
function timeMs(time) {
  if (typeof time === 'string' && +time == time) return +time * 1000;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() : time * 1000;
  if (time instanceof Date) return time.getTime();
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "time" argument must be an instance of Date or an Time in seconds.${describeReceived(time)}`);
}

// The path an open descriptor names, or EBADF for `syscall`.
function fdPath(fd, syscall) {
  const [code, path] = native.fd('path', fd);
  return code === null ? [null, path] : [uvException('EBADF', syscall), undefined];
}

// A callback form: validate now, do `work()` (`[err, value]`) when the pool request completes.
function pooled(api, syscall, work, callback, oncomplete = makeCallbackArrow) {
  validateCallback(callback, api);
  poolOperation(`fs.${api}`, syscall, work, null,
    (err, value) => (err ? oncomplete(callback, withoutFrames(err)) : oncomplete(callback, null, value)));
}

function sync([err, value], syscall, callers) {
  if (err) throw atThrowSite(err, syscall, callers);
  return value;
}

// A promise form over the callback form: a rejection carries no JavaScript frames (Node's own
// async frames are not modelled for these).
// `api` names lib/internal/fs/promises.js's function whose frames a rejection carries.
function promised(fn, api) {
  return (...args) => new Promise((resolvePromise, reject) => {
    fn(...args, (err, value) => (err ? reject(api ? promiseStack(api, err) : err) : resolvePromise(value)));
  });
}

function callbackLast(args) {
  const callback = args[args.length - 1];
  validateCallback(callback);
  return callback;
}

// ---------------------------------------------------------------- realpath
// fs.realpath is lib/fs.js's JavaScript walk, which lstat's each component of the absolute
// path (so a missing path is `lstat`'s ENOENT on the resolved path); realpath.native and the
// promise form call realpath(3) (ENOENT names `realpath` and the path as given). The real path
// is the absolute one with its symbolic links resolved (by the vfs).
function realpathOutcome(path, syscall) {
  const target = resolve(path);
  const [code, real] = native.call('realpath', target);
  if (code === null) return [null, real];
  if (code !== 'ENOENT') return [uvException(code, syscall, path), undefined];
  return [uvException('ENOENT', syscall, syscall === 'lstat' ? firstMissing(target) : path), undefined];
}
function firstMissing(target) {
  let at = '/';
  for (const part of target.split('/').filter(Boolean)) {
    at = pathModule.join(at, part);
    if (!native.call('exists', at)[1]) return at;
  }
  return target;
}
function optionsCallback(options, callback) {
  return typeof options === 'function' ? [undefined, options] : [options, callback];
}
function encodePath(path, options) {
  const encoding = typeof options === 'string' ? options : options && options.encoding;
  return encoding === 'buffer' ? Buffer.from(path) : path;
}
// The callback form walks as lib/fs.js does: a tick, then per component an lstat request
// and a tick, until the end or the first component missing.
function realpath(path, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  validateCallback(callback, 'realpath');
  path = validatePath(path);
  // lib/fs.js resolves the path first: realpath('') is the cwd.
  const target = pathModule.resolve(path);
  const parts = target.split('/').filter(Boolean);
  let base = '/';
  let pos = 0;
  // Named as lib/fs.js names it: the callback's frame sits on `LOOP` (src/builtin_frames.rs).
  function LOOP() {
    if (pos >= parts.length) {
      const [err, real] = realpathOutcome(target, 'lstat');
      return err ? callback(withoutFrames(err)) : callback(null, encodePath(real, options));
    }
    base = pathModule.join(base, parts[pos++]);
    native.request(() => {
      if (!native.call('exists', base)[1]) return callback(withoutFrames(uvException('ENOENT', 'lstat', base)));
      process.nextTick(LOOP);
      return undefined;
    }, native.requestCostUs, 'fs.realpath (lstat)');
    return undefined;
  }
  process.nextTick(LOOP);
}
realpath.native = function realpathNative(path, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  validateCallback(callback);
  path = validatePath(path);
  pooled('realpath', 'realpath', () => realpathOutcome(path, 'realpath'), (err, value) => callback(err, err ? undefined : encodePath(value, options)));
};
function realpathSync(path, options) {
  // lib/fs.js's walk resolves the path first (realpathSync('') is the cwd).
  return encodePath(sync(realpathOutcome(pathModule.resolve(validatePath(path)), 'lstat'), 'realpathSync', []), options);
}
realpathSync.native = (path, options) => encodePath(sync(realpathOutcome(validatePath(path), 'realpath'), 'realpath'), options);

// ---------------------------------------------------------------- mkdtemp
// libuv replaces the six X's with random letters and digits; the playground draws them from a
// fixed sequence, so runs repeat.
const tempChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
let tempSeed = 0x2545f491;
function tempSuffix() {
  let out = '';
  for (let i = 0; i < 6; i++) {
    tempSeed = (Math.imul(tempSeed, 1103515245) + 12345) >>> 0;
    out += tempChars[(tempSeed >>> 16) % tempChars.length];
  }
  return out;
}
// The sync form's error names libuv's template (`prefix` + XXXXXX), the asynchronous forms'
// the name tried.
function mkdtempOutcome(prefix, isSync) {
  for (;;) {
    const path = prefix + tempSuffix();
    const target = resolve(path);
    if (native.call('exists', target)[1]) continue;
    const [err] = run('mkdir', 'mkdtemp', path, false);
    if (err) return [uvException(err.code, 'mkdtemp', isSync ? `${prefix}XXXXXX` : path), undefined];
    return [null, path];
  }
}
function validatePrefix(prefix) {
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "prefix" argument must be of type string or an instance of Buffer or URL.${describeReceived(prefix)}`);
  }
  return String(prefix);
}
function mkdtemp(prefix, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  validateCallback(callback, 'mkdtemp');
  prefix = validatePrefix(prefix);
  pooled('mkdtemp', 'mkdtemp', () => mkdtempOutcome(prefix, false), (err, value) => callback(err, err ? undefined : encodePath(value, options)));
}
function mkdtempSync(prefix, options) {
  return encodePath(sync(mkdtempOutcome(validatePrefix(prefix), true), 'mkdtemp'), options);
}

// ---------------------------------------------------------------- truncate
function validateLength(len) {
  if (len === undefined || len === null) return 0;
  if (typeof len !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "len" argument must be of type number.${describeReceived(len)}`);
  }
  if (!Number.isInteger(len)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "len" is out of range. It must be an integer. Received ${len}`);
  }
  return Math.max(0, len);
}
// lib/fs.js truncate opens the file ('r+': a missing file is `open`'s ENOENT, a directory
// `open`'s EISDIR) and ftruncates it.
function truncateOutcome(path, len) {
  const [err] = run('stat', 'open', path);
  if (err) return [err, undefined];
  const [code] = native.call('truncate', resolve(path), len);
  if (code === 'EISDIR') return [uvException('EISDIR', 'open', path), undefined];
  return code === null ? [null, undefined] : [uvException(code, 'ftruncate'), undefined];
}
function ftruncateOutcome(fd, len) {
  const [err, path] = fdPath(fd, 'ftruncate');
  if (err) return [err, undefined];
  const [code] = native.call('truncate', path, len);
  return code === null ? [null, undefined] : [uvException(code === 'EISDIR' ? 'EINVAL' : code, 'ftruncate'), undefined];
}
// Frames under truncate's and opendir's callbacks (src/builtin_frames.rs): truncate calls back
// from its ftruncate's oncomplete, opendir from dir.js's opendirCallback.
function truncateDone(callback, ...args) { return makeCallbackArrow(truncateOncomplete, callback, ...args); }
function truncateOncomplete(callback, ...args) { return callback(...args); }
function opendirCallback(callback, ...args) { return callback(...args); }
function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  validateCallback(callback, 'truncate');
  path = validatePath(path);
  len = validateLength(len);
  pooled('truncate', 'open', () => truncateOutcome(path, len), callback, truncateDone);
}
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  return sync(truncateOutcome(validatePath(path), validateLength(len)), 'open', ['Object.truncateSync (node:fs:1088:17)']);
}
function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  validateFd(fd);
  len = validateLength(len);
  pooled('ftruncate', 'ftruncate', () => ftruncateOutcome(fd, len), callback);
}
function ftruncateSync(fd, len) {
  return sync(ftruncateOutcome(validateFd(fd), validateLength(len)), 'ftruncate');
}

// ---------------------------------------------------------------- chmod, chown, utimes
function chmodOutcome(path, mode, syscall) {
  const [err] = run('chmod', syscall, path, mode);
  return [err, undefined];
}
function fdOutcome(fd, syscall, change) {
  const [err, path] = fdPath(fd, syscall);
  if (err) return [err, undefined];
  const [code] = change(path);
  return code === null ? [null, undefined] : [uvException(code, syscall), undefined];
}
function chmod(path, mode, callback) {
  path = validatePath(path);
  mode = parseMode(mode);
  pooled('chmod', 'chmod', () => chmodOutcome(path, mode, 'chmod'), callback);
}
function chmodSync(path, mode) { sync(chmodOutcome(validatePath(path), parseMode(mode), 'chmod'), 'chmod', []); }
function fchmod(fd, mode, callback) {
  validateFd(fd);
  mode = parseMode(mode);
  pooled('fchmod', 'fchmod', () => fdOutcome(fd, 'fchmod', (p) => native.call('chmod', p, mode)), callback);
}
function fchmodSync(fd, mode) {
  validateFd(fd);
  mode = parseMode(mode);
  sync(fdOutcome(fd, 'fchmod', (p) => native.call('chmod', p, mode)), 'fchmod');
}

// The run's process owns every file (uid and gid 1000); chown changes nothing the vfs keeps,
// so it only checks that the path is there.
function validateId(id, name) {
  if (typeof id !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type number.${describeReceived(id)}`);
  }
  if (!Number.isInteger(id) || id < -1 || id > 4294967295) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= -1 && <= 4294967295. Received ${id}`);
  }
}
function chownOutcome(path, syscall) {
  const [err] = run('stat', syscall, path);
  return [err, undefined];
}
function chownWith(syscall) {
  const form = (path, uid, gid, callback) => {
    path = validatePath(path);
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    pooled(syscall, syscall, () => chownOutcome(path, syscall), callback);
  };
  const formSync = (path, uid, gid) => {
    path = validatePath(path);
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    sync(chownOutcome(path, syscall), syscall);
  };
  return [form, formSync];
}
const [chown, chownSync] = chownWith('chown');
const [lchown, lchownSync] = chownWith('lchown');
function fchown(fd, uid, gid, callback) {
  validateFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  pooled('fchown', 'fchown', () => fdOutcome(fd, 'fchown', () => [null]), callback);
}
function fchownSync(fd, uid, gid) {
  validateFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  sync(fdOutcome(fd, 'fchown', () => [null]), 'fchown');
}

// utimes' syscall is `utime` in Node's messages (uv_fs_utime), lutimes' `lutime`.
function utimesWith(api, syscall) {
  const outcome = (path, atime, mtime) => {
    const [err] = run('utimes', syscall, path, atime, mtime);
    return [err, undefined];
  };
  const form = (path, atime, mtime, callback) => {
    path = validatePath(path);
    const a = timeMs(atime);
    const m = timeMs(mtime);
    pooled(api, syscall, () => outcome(path, a, m), callback);
  };
  const formSync = (path, atime, mtime) => {
    sync(outcome(validatePath(path), timeMs(atime), timeMs(mtime)), syscall);
  };
  return [form, formSync];
}
const [utimes, utimesSync] = utimesWith('utimes', 'utime');
const [lutimes, lutimesSync] = utimesWith('lutimes', 'lutime');
function futimes(fd, atime, mtime, callback) {
  validateFd(fd);
  const a = timeMs(atime);
  const m = timeMs(mtime);
  pooled('futimes', 'futime', () => fdOutcome(fd, 'futime', (p) => native.call('utimes', p, a, m)), callback);
}
function futimesSync(fd, atime, mtime) {
  validateFd(fd);
  const a = timeMs(atime);
  const m = timeMs(mtime);
  sync(fdOutcome(fd, 'futime', (p) => native.call('utimes', p, a, m)), 'futime');
}

// ---------------------------------------------------------------- links
// Symbolic links live in the vfs (src/vfs.rs): readlink gives the target as written (EINVAL
// for a path that is not a link), symlink makes one whose target need not exist (the `type`
// argument only matters on Windows).
function readlinkOutcome(path) {
  return run('readlink', 'readlink', path);
}
function readlink(path, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  validateCallback(callback, 'readlink');
  path = validatePath(path);
  pooled('readlink', 'readlink', () => readlinkOutcome(path), (err, value) => callback(err, err ? undefined : encodePath(value, options)));
}
function readlinkSync(path, options) { return encodePath(sync(readlinkOutcome(validatePath(path)), 'readlink', []), options); }
function symlinkOutcome(target, path) {
  const [err] = run('symlink', 'symlink', path, target);
  return err ? [uvException(err.code, 'symlink', target, path), undefined] : [null, undefined];
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  validateCallback(callback, 'symlink');
  target = validatePath(target, 'target');
  path = validatePath(path);
  pooled('symlink', 'symlink', () => symlinkOutcome(target, path), (err) => callback(err || null));
}
function symlinkSync(target, path) {
  sync(symlinkOutcome(validatePath(target, 'target'), validatePath(path)), 'symlink');
}
// Hard links are names of one inode in the vfs: both names share the bytes, `nlink` counts
// them, and unlinking one keeps the other (link(2) follows neither name's last link).
function linkOutcome(from, to) {
  return run('link', 'link', from, resolve(to), undefined, to);
}
function link(existingPath, newPath, callback) {
  validateCallback(callback, 'link');
  existingPath = validatePath(existingPath, 'existingPath');
  newPath = validatePath(newPath, 'newPath');
  pooled('link', 'link', () => linkOutcome(existingPath, newPath), (err) => callback(err || null));
}
function linkSync(existingPath, newPath) {
  sync(linkOutcome(validatePath(existingPath, 'existingPath'), validatePath(newPath, 'newPath')), 'link', []);
}

// ---------------------------------------------------------------- fsync, readv, writev
function fsyncWith(syscall) {
  const form = (fd, callback) => {
    validateFd(fd);
    pooled(syscall, syscall, () => fdOutcome(fd, syscall, () => [null]), callback);
  };
  const formSync = (fd) => { validateFd(fd); sync(fdOutcome(fd, syscall, () => [null]), syscall); };
  return [form, formSync];
}
const [fsync, fsyncSync] = fsyncWith('fsync');
const [fdatasync, fdatasyncSync] = fsyncWith('fdatasync');

function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "buffers" argument must be an ArrayBufferView[].${describeReceived(buffers)}`);
  }
  return buffers;
}
function positionOf(position) {
  return typeof position === 'number' && position >= 0 ? position : null;
}
// readv fills each buffer in turn from one read of their total length.
function readvOutcome(fd, buffers, position) {
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const [code, bytes] = native.fd('read', fd, total, position);
  if (code !== null) return [uvException(code, 'read'), undefined];
  let at = 0;
  for (const b of buffers) {
    if (at >= bytes.length) break;
    const view = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    const chunk = bytes.subarray(at, at + view.length);
    view.set(chunk);
    at += chunk.length;
  }
  return [null, bytes.length];
}
function writevOutcome(fd, buffers, position) {
  const bytes = Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
  const [code, written] = native.fd('write', fd, bytes, position);
  return code === null ? [null, written] : [uvException(code, 'write'), undefined];
}
function vectored(api, outcome) {
  const form = (fd, buffers, position, callback) => {
    if (typeof position === 'function') { callback = position; position = null; }
    validateFd(fd);
    validateBuffers(buffers);
    validateCallback(callback);
    const at = positionOf(position);
    poolOperation(`fs.${api}`, api, () => outcome(fd, buffers, at), null,
      (err, n) => (err ? callback(withoutFrames(err)) : callback(null, n, buffers)));
  };
  const formSync = (fd, buffers, position) => {
    validateFd(fd);
    validateBuffers(buffers);
    return sync(outcome(fd, buffers, positionOf(position)), api === 'readv' ? 'read' : 'write');
  };
  // promisify gives `{ bytesRead | bytesWritten, buffers }` (lib/fs.js kCustomPromisifyArgsSymbol).
  const key = api === 'readv' ? 'bytesRead' : 'bytesWritten';
  Object.defineProperty(form, Symbol.for('nodejs.util.promisify.custom'), {
    value: (fd, buffers, position) => new Promise((resolvePromise, reject) => {
      form(fd, buffers, position, (err, n) => (err ? reject(err) : resolvePromise({ [key]: n, buffers })));
    }),
    configurable: true,
  });
  return [form, formSync];
}
const [readv, readvSync] = vectored('readv', readvOutcome);
const [writev, writevSync] = vectored('writev', writevOutcome);

// ---------------------------------------------------------------- statfs
// An in-memory file system has no disk: a tmpfs-like answer with fixed figures.
class StatFs {
  constructor() {
    this.type = 16914836;
    this.bsize = 4096;
    this.blocks = 262144;
    this.bfree = 262144;
    this.bavail = 262144;
    this.files = 1048576;
    this.ffree = 1048576;
  }
}
function statfsOutcome(path) {
  const [err] = run('stat', 'statfs', path);
  return err ? [err, undefined] : [null, new StatFs()];
}
function statfs(path, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  path = validatePath(path);
  pooled('statfs', 'statfs', () => statfsOutcome(path), callback);
}
function statfsSync(path) { return sync(statfsOutcome(validatePath(path)), 'statfs'); }

// ---------------------------------------------------------------- cp
// lib/internal/fs/cp/cp-sync.js: stat both ends, refuse a directory without `recursive`, a copy
// into itself, or an existing target under `errorOnExist` without `force`; then copy file by file.
function cpError(code, prefix, errCode, message, path, errno) {
  return systemError(code, { message, path, syscall: 'cp', errno, code: errCode }, prefix);
}
// cp-sync.js gives ERR_FS_EISDIR errno EINVAL (22), cp.js EISDIR (21).
function cpOutcome(src, dest, options, isSync) {
  const opts = { recursive: false, force: true, errorOnExist: false, ...options };
  const [err, info] = run('stat', 'lstat', src);
  if (err) return [err, undefined];
  const srcAbs = resolve(src);
  const destAbs = resolve(dest);
  if (info.isDirectory && !opts.recursive) {
    return [cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', `${src} is a directory (not copied)`, src, isSync ? 22 : 21), undefined];
  }
  if (srcAbs === destAbs) {
    return [cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 'src and dest cannot be the same', dest, 22), undefined];
  }
  if (info.isDirectory && destAbs.startsWith(`${srcAbs}/`)) {
    return [cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, 22), undefined];
  }
  const [, destInfo] = native.call('stat', destAbs);
  if (destInfo && info.isDirectory && !destInfo.isDirectory) {
    return [cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite directory with non-directory', 'EISDIR',
      `cannot overwrite non-directory ${dest} with directory ${src}`, dest, 21), undefined];
  }
  if (destInfo && !info.isDirectory && destInfo.isDirectory) {
    return [cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite non-directory with directory', 'ENOTDIR',
      `cannot overwrite directory ${src} with non-directory ${dest}`, dest, 20), undefined];
  }
  // checkParentDir: the destination's directory is made first.
  native.call('mkdir', pathModule.dirname(destAbs), true);
  return copyTree(srcAbs, destAbs, info.isDirectory, opts, src, dest);
}
function copyTree(from, to, isDir, opts, shownFrom, shownTo) {
  if (typeof opts.filter === 'function' && !opts.filter(from, to)) return [null, undefined];
  if (opts.copied) opts.copied[isDir ? 'dirs' : 'files'] += 1;
  if (!isDir) {
    if (native.call('exists', to)[1]) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          return [cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', `${shownTo} already exists`, shownTo, 17), undefined];
        }
        return [null, undefined];
      }
    }
    const [code] = native.call('copyFile', from, to);
    return code === null ? [null, undefined] : [uvException(code, 'copyfile', from, to), undefined];
  }
  const [mkCode] = native.call('mkdir', to, true);
  if (mkCode !== null) return [uvException(mkCode, 'mkdir', to), undefined];
  const [, entries] = native.call('readdir', from);
  for (const [name, childIsDir] of entries) {
    const result = copyTree(`${from}/${name}`, `${to}/${name}`, childIsDir, opts,
      pathModule.join(shownFrom, name), pathModule.join(shownTo, name));
    if (result[0]) return result;
  }
  return [null, undefined];
}
function validateCpPath(path, name) {
  return path instanceof URL ? path.pathname : validatePath(path, name);
}
function cp(src, dest, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  validateCallback(callback);
  src = validateCpPath(src, 'src');
  dest = validateCpPath(dest, 'dest');
  // cp.js stats both ends in parallel (one round), then its parent checks stat the
  // destination's directory (a second) before it fails or starts copying.
  // A copy then takes, per directory, mkdir, opendir, a read and chmod; per file the
  // checks' two stats, copyfile and chmod: one request after another, as cp.js awaits each.
  poolOperation('fs.cp', 'lstat', () => {
    const copied = { dirs: 0, files: 0 };
    const [err] = cpOutcome(src, dest, { ...options, copied }, false);
    return [err, copied];
  }, (err, copied) => {
    const stages = ['stat'];
    if (!err) {
      for (let i = 0; i < copied.dirs; i++) stages.push('mkdir', 'opendir', 'readdir', 'chmod');
      for (let i = 0; i < copied.files; i++) stages.push('lstat', 'lstat', 'copyfile', 'chmod');
    }
    return [stages, 0];
    // cp is util.callbackify of an async function: the callback runs on a tick after it settles.
  }, (err) => (err ? callback(withoutFrames(err)) : process.nextTick(makeCallbackArrowCalled, callback, null)));
}
function cpSync(src, dest, options) {
  const [err] = cpOutcome(validateCpPath(src, 'src'), validateCpPath(dest, 'dest'), options, true);
  if (err) throw err;
}

// ---------------------------------------------------------------- opendir and Dir
// lib/internal/fs/dir.js: a handle on a directory that hands out its entries one at a time
// (read / readSync / async iteration), each read a pool request, until close.
const kDirPath = Symbol('kDirPath');
const kDirEntries = Symbol('kDirEntries');
const kDirBuffered = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
// uv_fs_readdir hands out up to `bufferSize` (32) entries per request; reads then take from
// that buffer without a request until it is empty.
const kDirBufferSize = 32;
function dirClosed() {
  return codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}
class Dir {
  constructor(path, entries) {
    this[kDirPath] = path;
    this[kDirEntries] = entries;
    this[kDirBuffered] = [];
    this[kDirClosed] = false;
  }

  get path() { return this[kDirPath]; }

  // One uv_fs_readdir: the next entries into the buffer.
  fill() {
    this[kDirBuffered].push(...this[kDirEntries].splice(0, kDirBufferSize));
  }

  take() {
    const next = this[kDirBuffered].shift();
    return next === undefined ? null : new Dirent(next[0], next[1], this[kDirPath], next[2]);
  }

  readSync() {
    if (this[kDirClosed]) throw dirClosed();
    if (this[kDirBuffered].length === 0) this.fill();
    return this.take();
  }

  read(callback) {
    if (callback === undefined) return new Promise((res, rej) => this.read((e, v) => (e ? rej(e) : res(v))));
    validateCallback(callback);
    if (this[kDirClosed]) throw dirClosed();
    if (this[kDirBuffered].length > 0) {
      process.nextTick(callback, null, this.take());
      return undefined;
    }
    native.request(() => {
      if (this[kDirClosed]) return callback(dirClosed());
      this.fill();
      return callback(null, this.take());
    }, native.requestCostUs, 'fs.Dir.read (readdir)');
    return undefined;
  }

  closeSync() {
    if (this[kDirClosed]) throw dirClosed();
    this[kDirClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed]) return Promise.reject(dirClosed());
      return new Promise((res, rej) => this.close((e) => (e ? rej(e) : res())));
    }
    validateCallback(callback);
    if (this[kDirClosed]) {
      process.nextTick(callback, dirClosed());
      return undefined;
    }
    this[kDirClosed] = true;
    native.request(() => callback(null), native.requestCostUs, 'fs.Dir.close (closedir)');
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}
// The sync form's error has no path (Node 20's opendirSync), the asynchronous forms' do.
function opendirOutcome(path, isSync) {
  const [err, entries] = run('readdir', 'opendir', path);
  if (err) return [isSync ? uvException(err.code, 'opendir') : err, undefined];
  return [null, new Dir(path, entries)];
}
function opendir(path, options, callback) {
  [options, callback] = optionsCallback(options, callback);
  path = validatePath(path);
  pooled('opendir', 'opendir', () => opendirOutcome(path, false), callback, opendirCallback);
}
function opendirSync(path) { return sync(opendirOutcome(validatePath(path), true), 'opendir', []); }

// ---------------------------------------------------------------- openAsBlob
function openAsBlob(path, options = {}) {
  path = validatePath(path);
  const [err, bytes] = run('readFile', 'open', path);
  if (err) throw atThrowSite(err, 'open');
  return Promise.resolve(new (internals.bufferGlobal('Blob'))([bytes], { type: options.type || '' }));
}

// ---------------------------------------------------------------- install
Object.assign(fs, {
  realpath, realpathSync, mkdtemp, mkdtempSync, truncate, truncateSync, ftruncate, ftruncateSync,
  chmod, chmodSync, fchmod, fchmodSync, chown, chownSync, lchown, lchownSync, fchown, fchownSync,
  utimes, utimesSync, lutimes, lutimesSync, futimes, futimesSync,
  readlink, readlinkSync, symlink, symlinkSync, link, linkSync,
  fsync, fsyncSync, fdatasync, fdatasyncSync, readv, readvSync, writev, writevSync,
  statfs, statfsSync, cp, cpSync, opendir, opendirSync, Dir, openAsBlob,
});
Object.assign(fs.promises, {
  realpath: promised(realpath.native, 'realpath'),
  mkdtemp: promised(mkdtemp),
  truncate: promised(truncate, 'truncate'),
  chmod: promised(chmod),
  // Linux has no lchmod: Node defines fs.lchmod only on macOS, and the promise form rejects.
  lchmod: async () => { throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented'); },
  chown: promised(chown),
  lchown: promised(lchown),
  utimes: promised(utimes),
  lutimes: promised(lutimes),
  readlink: promised(readlink),
  symlink: promised(symlink),
  link: promised(link, 'link'),
  statfs: promised(statfs),
  cp: promised(cp),
  opendir: promised(opendir),
});

return { Dir, StatFs };
