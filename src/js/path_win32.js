//! `path.win32` (registered as `internal/path_win32`, hung on `path` at load): Node 20.20.2's
//! Windows rules of `lib/path.js` — drive letters, UNC roots (`\\server\share`), device roots
//! (`\\.\`, `\\?\`), both separators, case-insensitive `relative`, and the reserved device
//! names (`CON:`) `normalize` keeps from turning into a drive (CVE-2024-36139). Checked against
//! node's own `path.win32` on generated paths.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const posix = internals.path;

const SLASH = 47;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;
const QUESTION = 63;

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type string.${describeReceived(value)}`);
  }
}
function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** `C:` at the start. */
function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

const RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);
function isReservedName(path, colonIndex) {
  return RESERVED_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

/**
 * After two leading separators: `\\server\share`. Gives the server (`first`), where the share
 * starts (`last`) and ends (`end`), or null when there is no share.
 */
function uncParts(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const first = path.slice(2, j);
  const afterServer = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j >= len || j === afterServer) return null;
  const last = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return { first, last, end: j };
}

/**
 * The `..`/`.` folding shared with POSIX (lib/path.js normalizeString), over both separators,
 * joining with `\`. `..` above the start is kept only when `allowAboveRoot`.
 */
function normalizeString(path, allowAboveRoot) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSep(code)) break;
    else code = SLASH;
    if (isSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // An empty segment or '.': nothing to add.
      } else if (dots === 2) {
        const endsInDotDot = res.length >= 2 && lastSegmentLength === 2 &&
          res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
        if (!endsInDotDot) {
          if (res.length > 2) {
            const lastSlashIndex = res.lastIndexOf('\\');
            if (lastSlashIndex === -1) {
              res = '';
              lastSegmentLength = 0;
            } else {
              res = res.slice(0, lastSlashIndex);
              lastSegmentLength = res.length - 1 - res.lastIndexOf('\\');
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? '\\..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        const segment = path.slice(lastSlash + 1, i);
        res = res.length > 0 ? `${res}\\${segment}` : segment;
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

/**
 * The root of one argument of `resolve`: its device (`C:`, `\\server\share`, `\\.`), where the
 * rest starts, and whether it is absolute.
 */
function resolveRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return isSep(code) ? { device: '', rootEnd: 1, isAbsolute: true } : { device: '', rootEnd: 0, isAbsolute: false };
  if (isSep(code)) {
    if (!isSep(path.charCodeAt(1))) return { device: '', rootEnd: 1, isAbsolute: true };
    const unc = uncParts(path);
    if (unc === null) return { device: '', rootEnd: 0, isAbsolute: true };
    if (unc.first !== '.' && unc.first !== '?') {
      return { device: `\\\\${unc.first}\\${path.slice(unc.last, unc.end)}`, rootEnd: unc.end, isAbsolute: true };
    }
    return { device: `\\\\${unc.first}`, rootEnd: 4, isAbsolute: true };
  }
  if (hasDrive(path)) {
    const absolute = len > 2 && isSep(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, isAbsolute: absolute };
  }
  return { device: '', rootEnd: 0, isAbsolute: false };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // A drive-relative path ('C:foo') resolves against that drive's own cwd (the `=C:`
        // variable), else the process cwd if it is on that drive, else the drive's root.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { device, rootEnd, isAbsolute } = resolveRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // Another device: this argument does not apply.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` : `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    const code = path.charCodeAt(0);
    if (len === 1) return code === SLASH ? '\\' : path;
    if (isSep(code)) {
      isAbsolute = true;
      if (isSep(path.charCodeAt(1))) {
        const unc = uncParts(path);
        if (unc !== null) {
          if (unc.first === '.' || unc.first === '?') {
            device = `\\\\${unc.first}`;
            rootEnd = 4;
          } else if (unc.end === len) {
            // A UNC root and nothing after it.
            return `\\\\${unc.first}\\${path.slice(unc.last)}\\`;
          } else {
            device = `\\\\${unc.first}\\${path.slice(unc.last, unc.end)}`;
            rootEnd = unc.end;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex > 0) {
        if (isDriveLetter(code) && colonIndex === 1) {
          device = path.slice(0, 2);
          rootEnd = 2;
          if (len > 2 && isSep(path.charCodeAt(2))) {
            isAbsolute = true;
            rootEnd = 3;
          }
        } else if (isReservedName(path, colonIndex)) {
          device = path.slice(0, colonIndex + 1);
          rootEnd = colonIndex + 1;
        }
      }
    }
    let tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
    if (!isAbsolute && device === undefined && path.includes(':')) {
      // A relative path with a colon must not normalize into something Windows reads as a
      // drive or a stream (CVE-2024-36139): it is prefixed with '.\'.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) return `.\\${tail}`;
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      } while ((index = path.indexOf(':', index + 1)) !== -1);
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isSep(code) || (len > 2 && hasDrive(path) && isSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Leading separators would read as a UNC root, unless the first argument clearly is one
    // (exactly two separators, then a name): collapse them to one.
    let needsReplace = true;
    let slashCount = 0;
    if (isSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed the lengths (some Unicode letters): compare component-wise.
      return relativeByComponents(fromOrig, toOrig);
    }
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Different devices: the target as resolved.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a prefix of `to`: 'C:\foo' -> 'C:\foo\bar', or 'C:\' -> 'C:\foo'.
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === BACKSLASH) {
      if (resolvedPath.charCodeAt(1) === BACKSLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
      }
    } else if (hasDrive(resolvedPath) && resolvedPath.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);
    if (len === 1) return isSep(code) ? path : '.';
    if (isSep(code)) {
      rootEnd = offset = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = uncParts(path);
        if (unc !== null) {
          // Only a UNC root: it is its own directory.
          if (unc.end === len) return path;
          rootEnd = offset = unc.end + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = hasDrive(path) ? 2 : 0;
    let end = -1;
    let matchedSlash = true;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      // Match the suffix backwards while finding the last component.
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= start; --i) {
        const code = path.charCodeAt(i);
        if (isSep(code)) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i;
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= start; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const start = hasDrive(path) ? 2 : 0;
    const { startPart, startDot, end, preDotState } = lastComponent(path, start);
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
      return '';
    }
    return path.slice(startDot, end);
  },

  format(pathObject) {
    if (pathObject === null || typeof pathObject !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pathObject" argument must be of type object.${describeReceived(pathObject)}`);
    }
    const dir = pathObject.dir || pathObject.root;
    const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const len = path.length;
    let rootEnd = 0;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isSep(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isSep(code)) {
      rootEnd = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = uncParts(path);
        if (unc !== null) rootEnd = unc.end === len ? unc.end : unc.end + 1;
      }
    } else if (hasDrive(path)) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const { startPart, startDot, end, preDotState } = lastComponent(path, rootEnd);
    if (end !== -1) {
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return internals.glob.matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

/**
 * The last component of `path` at or after `start`, scanning backwards: where it starts and
 * ends, its last dot, and whether a dot was seen before that one (`preDotState` 1) or only
 * other characters (-1) — a leading dot or '..' is no extension.
 */
function lastComponent(path, start) {
  let startDot = -1;
  let startPart = start;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startPart, startDot, end, preDotState };
}

/** `relative` when lower-casing changed a length: whole components compared case-insensitively. */
function relativeByComponents(fromOrig, toOrig) {
  const fromSplit = fromOrig.split('\\');
  const toSplit = toOrig.split('\\');
  if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
  if (toSplit[toSplit.length - 1] === '') toSplit.pop();
  const fromLen = fromSplit.length;
  const toLen = toSplit.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i;
  for (i = 0; i < length; i++) {
    if (fromSplit[i].toLowerCase() !== toSplit[i].toLowerCase()) break;
  }
  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toSplit.slice(i).join('\\');
    if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
    return '';
  }
  return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
}

win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;
win32.posix = posix;
posix.win32 = win32;
return win32;
