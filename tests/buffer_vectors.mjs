#!/usr/bin/env node
// Records real Node's answers for a few thousand tricky Buffer inputs, so the
// Rust model in src/buffer can be checked against them (src/buffer/vectors_test.rs).
//
//   node tests/buffer_vectors.mjs     # rewrites tests/data/buffer_vectors.json
//
// Inputs come from a fixed-seed xorshift generator, so re-running with the
// same node gives the same file. Encoding used in the JSON:
//   - JS strings are JSON strings (lone surrogates appear as \udxxx escapes);
//   - bytes are lowercase hex strings;
//   - numbers that JSON cannot hold exactly are strings: "NaN", "-0", "Infinity", …
//     (every number argument/result is written as String(x), with -0 as "-0");
//   - bigints are "<digits>n";
//   - errors are { "code", "name", "message" }.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { StringDecoder } from 'node:string_decoder';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'data', 'buffer_vectors.json');

// xorshift32, fixed seed.
let state = 0x9e3779b9;
function rnd() {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state;
}
const below = (n) => rnd() % n;
const pick = (arr) => arr[below(arr.length)];

const num = (x) => (Object.is(x, -0) ? '-0' : String(x));
const val = (x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' ? num(x) : x);
const hex = (b) => Buffer.from(b).toString('hex');
const err = (e) => ({ code: e.code ?? null, name: e.name, message: e.message });
function attempt(f) {
  try { return { ok: f() }; } catch (e) { return { err: err(e) }; }
}
// A JS argument in the JSON: ["num", "1.5"], ["str", "x"], ["undef"], ["null"], ["big", "5"].
function arg(x) {
  if (x === undefined) return ['undef'];
  if (x === null) return ['null'];
  if (typeof x === 'number') return ['num', num(x)];
  if (typeof x === 'string') return ['str', x];
  if (typeof x === 'bigint') return ['big', String(x)];
  if (typeof x === 'boolean') return ['bool', x];
  throw new Error('unsupported arg');
}

const ENCODINGS = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// ---- tricky strings ----
const UNIT_POOLS = [
  () => 0x20 + below(0x5f), // printable ASCII
  () => below(0x20), // controls
  () => 0x80 + below(0x80), // latin1 high half
  () => 0x100 + below(0x700), // 2-byte UTF-8 range
  () => 0x800 + below(0xd000), // 3-byte range below surrogates
  () => 0xd800 + below(0x400), // high surrogate (maybe lone)
  () => 0xdc00 + below(0x400), // low surrogate (maybe lone)
  () => 0xe000 + below(0x2000), // private use / BOM area
  () => pick([0xfeff, 0xfffd, 0xffff, 0xfffe]),
];
const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const HEX_CHARS = '0123456789abcdefABCDEF';
function randomString(kind) {
  const n = below(kind === 'b64' || kind === 'hex' ? 14 : 10);
  const units = [];
  for (let i = 0; i < n; i++) {
    const r = below(10);
    if (kind === 'b64') {
      if (r < 6) units.push(B64_CHARS.charCodeAt(below(B64_CHARS.length)));
      else if (r < 7) units.push(0x3d); // '='
      else if (r < 8) units.push(pick([0x20, 0x0a, 0x09, 0x0d, 0x0c, 0x0b]));
      else if (r < 9) units.push(pick([0x2a, 0x2e, 0x24, 0x7e, 0xe9, 0x00]));
      else units.push(pick([0x161, 0x13d, 0x141, 0x12b, 0x100, 0x2b2f])); // low byte tricks
    } else if (kind === 'hex') {
      if (r < 7) units.push(HEX_CHARS.charCodeAt(below(HEX_CHARS.length)));
      else if (r < 8) units.push(pick([0x67, 0x7a, 0x20, 0x2d, 0x78]));
      else units.push(pick([0x161, 0x131, 0x146, 0x100]));
    } else {
      units.push(pick(UNIT_POOLS)());
      if (r === 0 && units[units.length - 1] >= 0xd800 && units[units.length - 1] < 0xdc00) {
        units.push(0xdc00 + below(0x400)); // a proper pair now and then
      }
    }
  }
  return String.fromCharCode(...units);
}

// ---- tricky byte sequences ----
const BYTE_FRAGMENTS = [
  [0x41], [0x7f], [0x00],
  [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80],
  [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xf0, 0x9f], [0xe2],
  [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0x9f, 0xbf],
  [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
  [0x80], [0xbf], [0xfe], [0xff], [0xef, 0xbb, 0xbf],
];
function randomBytes(max = 12) {
  const out = [];
  const n = below(max);
  for (let i = 0; i < n; i++) {
    if (below(3) === 0) out.push(below(256));
    else out.push(...pick(BYTE_FRAGMENTS));
  }
  return out;
}

const vectors = {
  node: process.version,
  from: [], toString: [], write: [], fill: [], indexOf: [], read: [], writeNum: [],
  atob: [], btoa: [], stringDecoder: [], textDecoder: [], encodingNames: [], numberToString: [],
  inspect: [], compare: [], copy: [], subarray: [], toStringRange: [],
};

// Buffer.from(string, enc) + byteLength
const CURATED = ['', 'a', 'ab', 'abc', 'abcd', 'ab=cd', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'Y', '====', '=abc',
  'a-_b', 'a+/b', 'YW Jj\nZA', 'zz', 'abc', '0g12', '\ud83d', '\ude00a', 'a\ud83d\ude00b', '\udc00\ud800',
  'é€', '\u0161\u0162', '\u0159\u0161', 'YWJjZA==x', 'YQ==YQ==', '\u013d\u013d'];
for (const s of CURATED) for (const enc of ENCODINGS) {
  vectors.from.push({ s, enc, hex: Buffer.from(s, enc).toString('hex'), len: Buffer.byteLength(s, enc) });
}
for (let i = 0; i < 450; i++) {
  const enc = ENCODINGS[i % ENCODINGS.length];
  const s = randomString(enc.startsWith('base64') ? 'b64' : enc === 'hex' ? 'hex' : 'text');
  vectors.from.push({ s, enc, hex: Buffer.from(s, enc).toString('hex'), len: Buffer.byteLength(s, enc) });
}

// buf.toString(enc)
for (let i = 0; i < 350; i++) {
  const bytes = randomBytes();
  const enc = i < 200 ? 'utf8' : ENCODINGS[i % ENCODINGS.length];
  vectors.toString.push({ hex: hex(bytes), enc, s: Buffer.from(bytes).toString(enc) });
}

// buf.write(string, offset, length, enc) into a 0xaa-filled buffer
for (let i = 0; i < 300; i++) {
  const enc = ENCODINGS[i % ENCODINGS.length];
  const s = randomString(enc.startsWith('base64') ? 'b64' : enc === 'hex' ? 'hex' : 'text');
  const n = below(9);
  const offset = below(n + 1);
  const length = below(n + 1);
  const b = Buffer.alloc(n, 0xaa);
  const written = b.write(s, offset, length, enc);
  vectors.write.push({ n, s, enc, offset, length, written, hex: hex(b) });
}

// buf.fill(value, offset, end, enc)
for (let i = 0; i < 200; i++) {
  const enc = ENCODINGS[i % ENCODINGS.length];
  const s = below(4) === 0 ? '' : randomString(enc.startsWith('base64') ? 'b64' : enc === 'hex' ? 'hex' : 'text');
  const n = below(12);
  const start = below(n + 2);
  const end = below(n + 2);
  const b = Buffer.alloc(n, 0xaa);
  const r = attempt(() => { b.fill(s, start, end, enc); return hex(b); });
  vectors.fill.push({ n, s, enc, start: arg(start), end: arg(end), ...r });
}

// indexOf / lastIndexOf
const OFFSETS = [undefined, 0, 1, 2, 3, -1, -2, -3, -100, 100, 1.5, -1.5, 2.7, NaN, 0x80000000, -0x80000001];
for (let i = 0; i < 400; i++) {
  const hay = Buffer.from(Array.from({ length: below(10) }, () => pick([0x61, 0x62, 0x00, 0x63, 0xff])));
  const forward = below(2) === 0;
  const offset = pick(OFFSETS);
  const kind = below(3);
  let needle;
  let enc;
  if (kind === 0) {
    needle = pick([0x61, 0x62, 0, 0xff, 0x161, -1, 97.5, 256 + 0x62]);
  } else if (kind === 1) {
    enc = pick(ENCODINGS);
    needle = pick(['', 'a', 'b', 'ab', 'ba', 'a\u0000', 'YQ', 'YWI', '61', '6', 'zz', '\u0161', 'ÿ', 'aa', 'abc']);
  } else {
    enc = pick([undefined, 'ucs2', 'latin1']);
    needle = Buffer.from(Array.from({ length: below(4) }, () => pick([0x61, 0x62, 0x00, 0x63])));
  }
  const result = forward ? hay.indexOf(needle, offset, enc) : hay.lastIndexOf(needle, offset, enc);
  vectors.indexOf.push({
    hay: hex(hay), forward, offset: arg(offset), enc: enc ?? null,
    needle: Buffer.isBuffer(needle) ? ['buf', hex(needle)] : arg(needle), result,
  });
}

// read accessors
const READS = [
  ['readUInt8', 1], ['readUint8', 1], ['readInt8', 1], ['readUInt16LE', 2], ['readUInt16BE', 2],
  ['readInt16LE', 2], ['readInt16BE', 2], ['readUInt32LE', 4], ['readUInt32BE', 4], ['readInt32LE', 4],
  ['readInt32BE', 4], ['readFloatLE', 4], ['readFloatBE', 4], ['readDoubleLE', 8], ['readDoubleBE', 8],
  ['readBigUInt64LE', 8], ['readBigUInt64BE', 8], ['readBigInt64LE', 8], ['readBigInt64BE', 8],
  ['readBigUint64LE', 8], ['readUIntLE', 0], ['readUIntBE', 0], ['readIntLE', 0], ['readIntBE', 0],
  ['readUintLE', 0], ['readUintBE', 0],
];
const READ_OFFSETS = [undefined, 0, 1, 2, 3, 4, 5, 7, 8, -1, 1.5, NaN, Infinity, -0, 2 ** 33, -(2 ** 33), 1e21, '1', null];
const BYTE_LENGTHS = [1, 2, 3, 4, 5, 6, 0, 7, 1.5, NaN, undefined, '2', -0];
for (let i = 0; i < 350; i++) {
  const [method, width] = READS[i % READS.length];
  const bytes = Array.from({ length: below(11) }, () => pick([0, 0xff, 0x80, 0x7f, 0x01, below(256), below(256)]));
  const b = Buffer.from(bytes);
  const offset = below(3) === 0 ? pick(READ_OFFSETS) : below(bytes.length + 1);
  const args = width === 0 ? [offset, below(4) === 0 ? pick(BYTE_LENGTHS) : 1 + below(6)] : [offset];
  const r = attempt(() => val(b[method](...args)));
  vectors.read.push({ hex: hex(b), method, args: args.map(arg), ...r });
}

// write accessors
const WRITES = [
  ['writeUInt8', 1], ['writeUint8', 1], ['writeInt8', 1], ['writeUInt16LE', 2], ['writeUInt16BE', 2],
  ['writeInt16LE', 2], ['writeInt16BE', 2], ['writeUInt32LE', 4], ['writeUInt32BE', 4], ['writeInt32LE', 4],
  ['writeInt32BE', 4], ['writeFloatLE', 4], ['writeFloatBE', 4], ['writeDoubleLE', 8], ['writeDoubleBE', 8],
  ['writeBigUInt64LE', 8], ['writeBigUInt64BE', 8], ['writeBigInt64LE', 8], ['writeBigInt64BE', 8],
  ['writeUIntLE', 0], ['writeUIntBE', 0], ['writeIntLE', 0], ['writeIntBE', 0],
];
const VALUES = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, 65535, 65536, 1.5, -0.5, 255.5, NaN,
  Infinity, -Infinity, 2 ** 31, 2 ** 32, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 40, 2 ** 40 - 1, 2 ** 47,
  -(2 ** 47), -(2 ** 47) - 1, 2 ** 48 - 1, 2 ** 48, 1e21, -1e21, 1e-7, 12345678901, -0, 3.4e38, 1e40, 1.1, 0.1];
const BIG_VALUES = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
  2n ** 32n, 2n ** 32n + 1n, -(2n ** 32n) - 1n, 4294967295n, 2n ** 100n, -(2n ** 70n), 123456789012345678n];
const WRITE_OFFSETS = [undefined, 0, 1, 2, 3, 4, 7, 8, -1, 1.5, NaN, Infinity, -0, 2 ** 33, '1', null];
for (let i = 0; i < 350; i++) {
  const [method, width] = WRITES[i % WRITES.length];
  const b = Buffer.alloc(below(10), 0xaa);
  const big = method.includes('Big');
  const value = big ? pick(BIG_VALUES) : below(3) === 0 ? (rnd() % 70000) - 35000 : pick(VALUES);
  const offset = below(3) === 0 ? pick(WRITE_OFFSETS) : below(b.length + 1);
  const args = width === 0 ? [value, offset, below(4) === 0 ? pick(BYTE_LENGTHS) : 1 + below(6)] : [value, offset];
  const r = attempt(() => { const ret = b[method](...args); return { ret: val(ret), hex: hex(b) }; });
  vectors.writeNum.push({ len: b.length, method, args: args.map(arg), ...r });
}

// atob / btoa
const ATOB_CURATED = ['', 'YQ', 'YQ=', 'YQ==', 'YR==', 'Y', 'Y===', 'YQ==YQ==', 'YQ=a', '*', ' YW Jj ', 'YQ= =', '-_',
  '====', '=', 'YWJj\tZA', 'YWJj\vZA', 'ab*de', 'abcde', 'abcde=', 'YQ\u00e9', '\u00a0YQ'];
for (const s of [...ATOB_CURATED, ...Array.from({ length: 150 }, () => randomString('b64'))]) {
  const r = attempt(() => atob(s));
  vectors.atob.push({ s, ...r });
}
for (const s of ['', 'a', 'ab', 'abc', '\u00ff\u00fe', '\u0100', 'é', ...Array.from({ length: 40 }, () => randomString('text'))]) {
  const r = attempt(() => btoa(s));
  vectors.btoa.push({ s, ...r });
}

// StringDecoder
for (let i = 0; i < 180; i++) {
  const enc = pick(['utf8', 'utf8', 'utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']);
  const all = randomBytes(10);
  const chunks = [];
  let pos = 0;
  while (pos < all.length) {
    const n = 1 + below(4);
    chunks.push(all.slice(pos, pos + n));
    pos += n;
  }
  const d = new StringDecoder(enc);
  const outs = chunks.map((c) => d.write(Buffer.from(c)));
  const end = d.end();
  vectors.stringDecoder.push({ enc, chunks: chunks.map(hex), outs, end });
}

// TextDecoder
for (let i = 0; i < 180; i++) {
  const label = pick(['utf-8', 'utf8', 'UTF-8', 'utf-16le', 'latin1', 'ascii', 'windows-1252']);
  const fatal = below(3) === 0;
  const ignoreBOM = below(3) === 0;
  const all = below(3) === 0 ? [0xef, 0xbb, 0xbf, ...randomBytes(8)] : below(4) === 0 ? [0xff, 0xfe, ...randomBytes(8)] : randomBytes(10);
  const calls = [];
  let pos = 0;
  while (pos < all.length || calls.length === 0) {
    const n = 1 + below(5);
    calls.push({ hex: hex(all.slice(pos, pos + n)), stream: below(3) !== 0 });
    pos += n;
  }
  const d = new TextDecoder(label, { fatal, ignoreBOM });
  const results = calls.map((c) => attempt(() => d.decode(Buffer.from(c.hex, 'hex'), { stream: c.stream })));
  vectors.textDecoder.push({ label, fatal, ignoreBOM, calls, results });
}

// encoding names
const NAMES = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url',
  'hex', 'ascii', 'utf16', 'latin-1', 'buffer', 'utf-16', 'b64', 'u', '', ' utf8', 'utf8 '];
for (let i = 0; i < 120; i++) {
  const base = pick(NAMES);
  const name = [...base].map((c) => (below(2) ? c.toUpperCase() : c)).join('');
  vectors.encodingNames.push({ name, isEncoding: Buffer.isEncoding(name), ok: attempt(() => Buffer.from('', name).length).ok !== undefined });
}

// String(number)
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const NUMS = [0, -0, 1, -1, 0.1, 1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, 1.5e-7, 2 ** 53, 2 ** 64, 5e-324,
  1.7976931348623157e308, 4294967296, 0.000001234, 1234.5678, 100, 1e100, -1e-100, NaN, Infinity, -Infinity];
for (const x of NUMS) vectors.numberToString.push({ bits: hex(new Uint8Array(new Float64Array([x]).buffer)), s: num(x) });
for (let i = 0; i < 150; i++) {
  u32[0] = rnd(); u32[1] = rnd();
  if (i % 2) u32[1] = (u32[1] & 0x800fffff) | ((0x3c0 + below(0xc0)) << 20); // plausible magnitudes
  vectors.numberToString.push({ bits: hex(new Uint8Array(f64.buffer)), s: num(f64[0]) });
}

// util.inspect(buffer)
for (const n of [0, 1, 5, 49, 50, 51, 52, 100]) {
  const b = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37) & 0xff));
  vectors.inspect.push({ hex: hex(b), s: inspect(b) });
}

// buf.compare(target, tStart, tEnd, sStart, sEnd)
const RANGE_ARGS = [undefined, 0, 1, 2, 3, 4, 6, -1, 1.5, NaN, 2 ** 32, 2 ** 32 + 1, '1'];
for (let i = 0; i < 100; i++) {
  const a = Buffer.from(Array.from({ length: below(6) }, () => pick([1, 2, 3])));
  const t = Buffer.from(Array.from({ length: below(6) }, () => pick([1, 2, 3])));
  const args = [pick(RANGE_ARGS), pick(RANGE_ARGS), pick(RANGE_ARGS), pick(RANGE_ARGS)];
  while (args.length && args[args.length - 1] === undefined) args.pop();
  const r = attempt(() => a.compare(t, ...args));
  vectors.compare.push({ a: hex(a), t: hex(t), args: args.map(arg), ...r });
}

// buf.copy(target, targetStart, sourceStart, sourceEnd)
const COPY_ARGS = [undefined, 0, 1, 2, 3, 5, 8, -1, 1.5, NaN, Infinity, 1e300, -0.5];
for (let i = 0; i < 100; i++) {
  const a = Buffer.from(Array.from({ length: below(7) }, (_, j) => j + 1));
  const t = Buffer.alloc(below(7));
  const args = [pick(COPY_ARGS), pick(COPY_ARGS), pick(COPY_ARGS)];
  const r = attempt(() => { const n = a.copy(t, ...args); return { n, hex: hex(t) }; });
  vectors.copy.push({ a: hex(a), tlen: t.length, args: args.map(arg), ...r });
}

// subarray(start, end) and toString(enc, start, end) ranges
const SUB_ARGS = [undefined, 0, 1, 2, 4, 5, 9, -1, -2, -9, 1.5, -1.5, NaN, Infinity, -Infinity];
for (let i = 0; i < 120; i++) {
  const b = Buffer.from('abcde');
  const s = pick(SUB_ARGS);
  const e = pick(SUB_ARGS);
  vectors.subarray.push({ start: arg(s), end: arg(e), s: b.subarray(s, e).toString('latin1') });
  vectors.toStringRange.push({ start: arg(s), end: arg(e), s: b.toString('latin1', s, e) });
}

mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(vectors, null, 0).replace(/\},\{/g, '},\n{');
writeFileSync(out, text + '\n');
let total = 0;
for (const [k, v] of Object.entries(vectors)) if (Array.isArray(v)) total += v.length;
console.log(`wrote ${out}: ${total} vectors`);
