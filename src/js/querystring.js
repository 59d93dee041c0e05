//! `node:querystring`, as Node 20's lib/querystring.js behaves: `parse` (alias `decode`) into a
//! null-prototype object (repeated keys become arrays, `+` is a space, at most `maxKeys` keys,
//! malformed escapes decoded byte by byte), `stringify` (alias `encode`), `escape`,
//! `unescape` and `unescapeBuffer`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError } = internals;
const { Buffer } = internals.loadBuiltin('buffer');

// The characters Node's qsEscape leaves as they are: encodeURIComponent's unreserved set.
const noEscape = /[A-Za-z0-9\-_.!~*'()]/;

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str = `${str}`;
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      out += noEscape.test(str[i]) ? str[i] : `%${c.toString(16).toUpperCase().padStart(2, '0')}`;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = str.charCodeAt(i + 1);
      if (c > 0xDBFF || !(next >= 0xDC00 && next <= 0xDFFF)) {
        throw codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      }
      out += encodeURIComponent(str[i] + str[i + 1]);
      i++;
      continue;
    }
    out += encodeURIComponent(str[i]);
  }
  return out;
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

// `%XX` escapes to bytes, anything else as UTF-8; with `decodeSpaces`, `+` is a space.
function unescapeBuffer(s, decodeSpaces) {
  const bytes = Buffer.from(`${s}`);
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
    } else if (b === 37 /* % */ && i + 2 < bytes.length + 0 && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    let ks = encode === qsEscape ? encodeStringified(k, encode) : encode(stringifyPrimitive(k));
    ks += eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; ++j) {
        if (fields) fields += sep;
        fields += ks + (encode === qsEscape ? encodeStringified(v[j], encode) : encode(stringifyPrimitive(v[j])));
      }
    } else {
      if (fields) fields += sep;
      fields += ks + (encode === qsEscape ? encodeStringified(v, encode) : encode(stringifyPrimitive(v)));
    }
  }
  return fields;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const current = obj[key];
    if (Array.isArray(current)) current.push(value);
    else obj[key] = [current, value];
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;
  const segments = qs.split(sep);
  let count = 0;
  for (const segment of segments) {
    if (pairs > 0 && count >= pairs) break;
    if (segment.length === 0) continue;
    const at = segment.indexOf(eq);
    let key = at === -1 ? segment : segment.slice(0, at);
    let value = at === -1 ? '' : segment.slice(at + eq.length);
    // `+` is a space in both (Node's charCode 43 branch), before any decoding.
    const plusKey = key.includes('+');
    const plusValue = value.includes('+');
    if (plusKey) key = key.replace(/\+/g, ' ');
    if (plusValue) value = value.replace(/\+/g, ' ');
    const keyEncoded = customDecode || key.includes('%');
    const valEncoded = customDecode || value.includes('%');
    addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
    count++;
  }
  return obj;
}

return {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
