//! Deep equality as Node's `lib/internal/util/comparisons.js` defines it, for `assert` and
//! `util.isDeepStrictEqual`: strict mode compares prototypes, type tags, `Object.is` for
//! primitives (so NaN equals NaN and -0 differs from 0), own enumerable keys and symbols, Dates,
//! RegExps, boxed primitives, errors, typed arrays, and Maps and Sets regardless of order; loose
//! mode uses `==` for primitives and ignores prototypes. Cycles are followed once.
// Evaluated as `(function (native, internals, global) { ... return exports; })`; an internal
// module: its exports become `internals.comparisons`, never a `require`-able name.
'use strict';

const { toString } = Object.prototype;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tag = (v) => toString.call(v);

const boxedChecks = [
  [Number, (v) => Number.prototype.valueOf.call(v)],
  [String, (v) => String.prototype.valueOf.call(v)],
  [Boolean, (v) => Boolean.prototype.valueOf.call(v)],
  [BigInt, (v) => BigInt.prototype.valueOf.call(v)],
  [Symbol, (v) => Symbol.prototype.valueOf.call(v)],
];
// The primitive inside a boxed primitive, or `kNotBoxed`.
const kNotBoxed = Symbol('not boxed');
function unbox(v) {
  for (const [, valueOf] of boxedChecks) {
    try { return valueOf(v); } catch { /* not this kind */ }
  }
  return kNotBoxed;
}
function isDate(v) {
  try { Date.prototype.getTime.call(v); return true; } catch { return false; }
}
function isRegExp(v) {
  try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(v); return true; } catch { return false; }
}
function isMap(v) {
  try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(v); return true; } catch { return false; }
}
function isSet(v) {
  try { Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(v); return true; } catch { return false; }
}
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
function isTypedArray(v) { return typedArrayTag.call(v) !== undefined; }
function isArrayBuffer(v) {
  try { Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(v); return true; } catch { return false; }
}
const isError = (v) => v instanceof Error || tag(v) === '[object Error]';

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // Loose: `==`, with NaN equal to NaN.
  return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
}

// The own keys deep equality compares: enumerable string keys, and in strict mode enumerable
// symbols too.
function ownKeys(v, strict) {
  const keys = Object.keys(v);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(v)) if (isEnumerable(v, s)) keys.push(s);
  }
  return keys;
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return primitiveEqual(a, b, false);
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const aTag = tag(a);
  if (aTag !== tag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = ownKeys(a, strict);
    const kb = ownKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, ka, 'array');
  }
  if (aTag === '[object Object]' && !isMap(a) && !isSet(a) && !isDate(a) && !isRegExp(a) && !isError(a)) {
    return keyCheck(a, b, strict, memos, undefined, 'object');
  }
  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isTypedArray(a)) {
    if (!isTypedArray(b) || typedArrayTag.call(a) !== typedArrayTag.call(b) || a.length !== b.length) return false;
    if (!strict && (typedArrayTag.call(a) === 'Float32Array' || typedArrayTag.call(a) === 'Float64Array')) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else {
      const ba = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const bb = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      if (ba.length !== bb.length) return false;
      for (let i = 0; i < ba.length; i++) if (ba[i] !== bb[i]) return false;
    }
    // Only the extra (non-index) keys are compared by keyCheck.
    const ka = ownKeys(a, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    const kb = ownKeys(b, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, ka, 'object');
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, undefined, 'set');
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, undefined, 'map');
  } else if (isArrayBuffer(a)) {
    if (!isArrayBuffer(b) || a.byteLength !== b.byteLength) return false;
    const ba = new Uint8Array(a);
    const bb = new Uint8Array(b);
    for (let i = 0; i < ba.length; i++) if (ba[i] !== bb[i]) return false;
  } else {
    const ua = unbox(a);
    if (ua !== kNotBoxed) {
      const ub = unbox(b);
      if (ub === kNotBoxed || typeof ua !== typeof ub) return false;
      if (typeof ua === 'symbol' ? ua !== ub : !Object.is(ua, ub)) return false;
    } else if (unbox(b) !== kNotBoxed) {
      return false;
    }
  }
  return keyCheck(a, b, strict, memos, undefined, 'object');
}

function keyCheck(a, b, strict, memos, aKeys, kind) {
  if (aKeys === undefined) {
    aKeys = ownKeys(a, strict);
    if (aKeys.length !== ownKeys(b, strict).length) return false;
  }
  for (const key of aKeys) {
    if (!hasOwn(b, key) || (typeof key === 'symbol' && !isEnumerable(b, key))) return false;
  }
  if (aKeys.length === 0 && kind === 'object') return true;

  // Cycles: a pair seen before on this path is taken as equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, aKeys, memos, kind);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'set' && !setEquiv(a, b, strict, memos)) return false;
  if (kind === 'map' && !mapEquiv(a, b, strict, memos)) return false;
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

const isObjectLike = (v) => v !== null && typeof v === 'object';

function setEquiv(a, b, strict, memos) {
  // Primitives match by identity (loosely: by `==` via a scan); objects need a deep partner.
  let pending = null;
  for (const val of a) {
    if (isObjectLike(val) || (!strict && !b.has(val))) {
      if (!isObjectLike(val) && !strict) {
        // A loose primitive: some element of b must be == to it.
        let found = false;
        for (const other of b) if (!isObjectLike(other) && primitiveEqual(val, other, false)) { found = true; break; }
        if (!found) return false;
        continue;
      }
      (pending ??= []).push(val);
    } else if (!b.has(val)) {
      return false;
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const val of b) if (isObjectLike(val)) candidates.push(val);
  for (const val of pending) {
    const i = candidates.findIndex((c) => innerDeepEqual(val, c, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item] of a) {
    if (isObjectLike(key)) {
      (pending ??= []).push([key, item]);
    } else {
      if (b.has(key)) {
        if (!innerDeepEqual(item, b.get(key), strict, memos)) return false;
        continue;
      }
      if (strict) return false;
      let found = false;
      for (const [k2, v2] of b) {
        if (!isObjectLike(k2) && primitiveEqual(key, k2, false) && innerDeepEqual(item, v2, false, memos)) { found = true; break; }
      }
      if (!found) return false;
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const entry of b) if (isObjectLike(entry[0])) candidates.push(entry);
  for (const [key, item] of pending) {
    const i = candidates.findIndex(([k2, v2]) => innerDeepEqual(key, k2, strict, memos) && innerDeepEqual(item, v2, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

return {
  isDeepEqual: (a, b) => innerDeepEqual(a, b, false),
  isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, true),
};
