//! `node:zlib` shaped as Node 20's lib/zlib.js: `ZlibBase` is a Transform whose every chunk is
//! one or more `handle.write` calls; the handle (node_zlib.cc's context, natives in
//! zlib_natives.rs) does the work. The Sync forms call `writeSync` in a loop
//! (`processChunkSync`); streams and the callback forms submit each write to libuv's thread
//! pool, and `processCallback` runs in a poll phase, as in Node, so 'data', 'end' and callbacks
//! interleave with timers and immediates as Node's do.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;
const { Buffer } = internals.loadBuiltin('buffer');
const stream = internals.loadBuiltin('stream');
const { Transform, finished } = stream;

// ---------------------------------------------------------------- constants
// internalBinding('constants').zlib, as Node 20.20.2 lists them (zlib 1.3.1, brotli 1.1.0).
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};


const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
  BROTLI_OPERATION_FLUSH,
} = constants;

// Translation table for return codes.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const ckey of Object.keys(codes)) codes[codes[ckey]] = ckey;

// buffer.kMaxLength in Node 20 (2 ** 32): the largest `maxOutputLength`.
const kMaxLength = 2 ** 32;

// ---------------------------------------------------------------- errors and validation
const isArrayBufferView = (value) => ArrayBuffer.isView(value);
const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
const isUint8Array = (value) => value instanceof Uint8Array;

function formatList(list) {
  return list.length < 3 ? list.join(' or ') : `${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
}
// lib/internal/errors.js ERR_INVALID_ARG_TYPE with a list of types and classes.
function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  const types = expected.filter((e) => e[0] === e[0].toLowerCase());
  const classes = expected.filter((e) => e[0] !== e[0].toLowerCase());
  let msg = `The "${name}" ${kind} must be `;
  if (types.length > 0) msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
  if (classes.length > 0) msg += `${types.length > 0 ? ' or ' : ''}an instance of ${formatList(classes)}`;
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(value)}`);
}
const { outOfRange } = internals;

// 1. false for undefined and NaN; 2. true for finite numbers; 3. ERR_INVALID_ARG_TYPE for
// non-numbers; 4. ERR_OUT_OF_RANGE for infinite numbers.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw invalidArgType(name, ['number'], number);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw outOfRange(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// ---------------------------------------------------------------- the handle
// node_zlib.cc's CompressionStream: `write` runs on the thread pool (its callback in a poll
// phase), `writeSync` at once; after each, `state` holds [availOutAfter, availInAfter].
const owner = Symbol('owner_symbol');
const kError = Symbol('kError');
const poolApi = { 1: 'Deflate', 2: 'Inflate', 3: 'Gzip', 4: 'Gunzip', 5: 'DeflateRaw', 6: 'InflateRaw', 7: 'Unzip', 8: 'BrotliDecompress', 9: 'BrotliCompress' };

class Handle {
  constructor(mode) {
    this.mode = mode;
    this.id = -1;
  }

  // AfterThreadPoolWork / the end of writeSync: check the result, then update the state.
  after(result, out, outOff, fromPool) {
    if (result === null) return false;
    if (!Array.isArray(result)) {
      this.fromPool = fromPool;
      this.onerror(result.message, result.errno, result.code);
      return false;
    }
    out.set(result[0], outOff);
    this.state[0] = result[2];
    this.state[1] = result[1];
    return true;
  }

  writeSync(flush, chunk, inOff, inLen, out, outOff, outLen) {
    this.after(native.write(this.id, flush, chunk, inOff, inLen, outLen), out, outOff);
  }

  write(flush, chunk, inOff, inLen, out, outOff, outLen) {
    // The work's result is fixed now (the input cannot change meanwhile); it is delivered
    // when the request completes, in a poll phase.
    const result = native.write(this.id, flush, chunk, inOff, inLen, outLen);
    const cost = native.requestCostUs / 4 + Math.ceil(inLen / 1024);
    native.request(() => {
      if (this.after(result, out, outOff, true)) this.callback.call(this);
    }, cost, `zlib.${poolApi[this.mode]} (write)`);
  }

  params(level, strategy) {
    native.params(this.id, level, strategy);
  }

  reset() {
    native.reset(this.id);
  }

  close() {
    native.close(this.id);
  }
}
class Zlib extends Handle {}
class BrotliEncoder extends Handle {}
class BrotliDecoder extends Handle {}

// ---------------------------------------------------------------- convenience methods
function zlibBuffer(engine, buffer, callback) {
  internals.validateFunction(callback, 'callback');
  // Streams do not support non-Uint8Array ArrayBufferViews yet. Convert it to a
  // Buffer without copying.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(bufferTooLarge(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = (bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread));
  }
  this.close();
  if (this._info) zlibBufferOnEndInfo(this, buf);
  else this.cb(null, buf);
}
// The `info` call of zlibBufferOnEnd, on its own line of Node's (builtin_frames.rs).
function zlibBufferOnEndInfo(engine, buf) {
  engine.cb(null, { buffer: buf, engine });
}

function bufferTooLarge(max) {
  return codedError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`);
}

// `caller`: the convenience method's frame (`Object.syncBufferWrapper [as gzipSync] ...`), for
// the stack of an argument error, which Node throws here.
function zlibBufferSync(engine, buffer, caller) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      const err = invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
      if (caller) {
        internals.setThrowSite(err, 'node:zlib:171\n      throw new ERR_INVALID_ARG_TYPE(\n      ^\n');
        internals.prependStackFrames(err, `    at zlibBufferSync (node:zlib:171:13)\n    at ${caller}`);
      }
      throw err;
    }
  }
  const callers = caller ? ['zlibBufferSync (node:zlib:178:12)', caller] : [];
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag, callers);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibOnError(message, errno, code) {
  const self = this[owner];
  // There is no way to cleanly recover.
  // Continuing only obscures problems.
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  const made = `    at genericNodeError (node:internal/errors:984:15)\n` +
    `    at wrappedFn (node:internal/errors:538:14)\n    at ${this.constructor.name}.zlibOnError [as onerror] (node:zlib:189:17)`;
  if (this.fromPool) {
    // Made by the native side's AfterThreadPoolWork: Node's frames are all its own.
    const stack = `Error: ${message}\n${made}`;
    Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  } else if (this.syncCallers) {
    // Made under processChunkSync's `handle.writeSync(...)`: Node's frames down to the
    // learner's call (`zlibBufferSync`, `syncBufferWrapper [as gunzipSync]`) above theirs.
    const below = ['processChunkSync (node:zlib:415:12)', ...this.syncCallers];
    internals.prependStackFrames(error, `${made}\n${below.map((frame) => `    at ${frame}`).join('\n')}`);
  }
  self.destroy(error);
  self[kError] = error;
}

// ---------------------------------------------------------------- flush flags
const FLUSH_BOUND = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
];
const FLUSH_BOUND_IDX_NORMAL = 0;
const FLUSH_BOUND_IDX_BROTLI = 1;

// A zero-length chunk carries a flush request from flush() to _transform.
const kFlushFlag = Symbol('kFlushFlag');
const kFlushBuffers = [];
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
{
  const dummyArrayBuffer = new ArrayBuffer(0);
  for (const flushFlag of kFlushFlagList) {
    kFlushBuffers[flushFlag] = Buffer.from(dummyArrayBuffer);
    kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
  }
}
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;
function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// ---------------------------------------------------------------- ZlibBase
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const flushBoundIdx = (mode !== BROTLI_ENCODE && mode !== BROTLI_DECODE) ? FLUSH_BOUND_IDX_NORMAL : FLUSH_BOUND_IDX_BROTLI;

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush',
      FLUSH_BOUND[flushBoundIdx][0], FLUSH_BOUND[flushBoundIdx][1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      FLUSH_BOUND[flushBoundIdx][0], FLUSH_BOUND[flushBoundIdx][1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }

  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[owner] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;

  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// `bytesRead` is the deprecated name of `bytesWritten`.
{
  const util = internals.loadBuiltin('util');
  Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
    configurable: true,
    enumerable: true,
    get: util.deprecate(function() {
      return this.bytesWritten;
    }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
       'future. Use zlib.bytesWritten instead.', 'DEP0108'),
    set: util.deprecate(function(value) {
      this.bytesWritten = value;
    }, 'Setting zlib.bytesRead is deprecated. ' +
       'This feature will be removed in the future.', 'DEP0108'),
  });
}

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw codedError(Error, 'ERR_INTERNAL_ASSERTION', 'zlib binding closed');
  return this._handle.reset();
};

// This is the _flush function called by the transform class,
// internally, when the last chunk has been written.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }

  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  // We use a 'fake' zero-length chunk to carry information about flushes from
  // the public API to the actual stream implementation.
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  }

  // For the last chunk, also apply `_finishFlushFlag`.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  // _processChunk() is left for backwards compatibility
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag, ['ZlibBase._processChunk (node:zlib:390:12)']);
};

// `callers`: Node's frames between processChunkSync and the learner's call, for the stacks
// of the errors it throws (an uncaught one points at Node's `throw` line, as node prints it).
function processChunkSync(self, chunk, flushFlag, callers = []) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let availOutAfter;
  let availInAfter;

  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  handle.syncCallers = callers;
  while (true) {
    handle.writeSync(flushFlag,
                     chunk, // in
                     inOff, // in_off
                     availInBefore, // in_len
                     buffer, // out
                     offset, // out_off
                     availOutBefore); // out_len
    if (error) throw error;
    else if (self[kError]) {
      internals.setThrowSite(self[kError], 'node:zlib:425\n      throw self[kError];\n      ^\n');
      throw self[kError];
    }

    availOutAfter = state[0];
    availInAfter = state[1];

    const inDelta = (availInBefore - availInAfter);
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;

      if (nread > self._maxOutputLength) {
        _close(self);
        const err = bufferTooLarge(self._maxOutputLength);
        internals.setThrowSite(err, 'node:zlib:445\n        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);\n        ^\n');
        internals.prependStackFrames(err, ['processChunkSync (node:zlib:445:15)', ...callers].map((frame) => `    at ${frame}`).join('\n'));
        throw err;
      }
    }

    // Exhausted the output buffer, or used all the input create a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    if (availOutAfter === 0) {
      // Not actually done. Need to reprocess.
      // Also, update the availInBefore to the availInAfter value,
      // so that if we have to hit it a third (fourth, etc.) time,
      // it'll have the correct byte counts.
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }

  self.bytesWritten = inputRead;
  _close(self);

  if (nread === 0) return Buffer.alloc(0);

  return (buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread));
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);

  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;

  handle.write(flushFlag,
               chunk, // in
               0, // in_off
               handle.availInBefore, // in_len
               self._outBuffer, // out
               self._outOffset, // out_off
               handle.availOutBefore); // out_len
}

function processCallback() {
  // This callback's context (`this`) is the `_handle` (ZCtx) object. It is
  // important to null out the values once they are no longer needed since
  // `_handle` can stay in memory long after the buffer is needed.
  const handle = this;
  const self = this[owner];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];

  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  // Exhausted the output buffer, or used all the input create a new one.
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // Not actually done. Need to reprocess.
    // Also, update the availInBefore to the availInAfter value,
    // so that if we have to hit it a third (fourth, etc.) time,
    // it'll have the correct byte counts.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;

    if (!streamBufferIsFull) {
      this.write(handle.flushFlag,
                 this.buffer, // in
                 handle.inOff, // in_off
                 handle.availInBefore, // in_len
                 self._outBuffer, // out
                 self._outOffset, // out_off
                 self._chunkSize); // out_len
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        this.write(handle.flushFlag,
                   this.buffer, // in
                   handle.inOff, // in_off
                   handle.availInBefore, // in_len
                   self._outBuffer, // out
                   self._outOffset, // out_off
                   self._chunkSize); // out_len
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // If we have more input that should be written, but we also have output
    // space available, that means that the compression library was not
    // interested in receiving more data, and in particular that the input
    // stream has ended early.
    // This applies to streams where we don't check data past the end of
    // what was consumed; that is, everything except Gunzip/Unzip.
    self.push(null);
  }

  // Finished with the chunk.
  this.buffer = null;
  this.cb();
}

function _close(engine) {
  // Caller may invoke .close after a zlib error (which will null _handle).
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// ---------------------------------------------------------------- Zlib
const zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH,
};
// Base class for all streams actually backed by zlib and using zlib-specific
// parameters.
function ZlibStream(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // windowBits is special. On the compression side, 0 is an invalid value.
    // But on the decompression side, a value of 0 for windowBits tells zlib
    // to use the window size in the zlib header of the compressed stream.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }

    level = checkRangesOrGetDefault(opts.level, 'options.level',
      Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
      Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
      Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);

    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }

  const handle = new Zlib(mode);
  this._writeState = new Uint32Array(2);
  handle.state = this._writeState;
  handle.callback = processCallback;
  handle.id = native.init(mode, windowBits, level, memLevel, strategy, dictionary);
  if (handle.id < 0) throw codedError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');

  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);

  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(ZlibStream.prototype, ZlibBase.prototype);
Object.setPrototypeOf(ZlibStream, ZlibBase);
Object.defineProperty(ZlibStream, 'name', { value: 'Zlib' });

// This callback is used by `.params()` to wait until a full flush happened
// before adjusting the parameters. In particular, the call to the native
// `params()` function should not happen while a write is currently in progress
// on the threadpool.
function paramsAfterFlushCallback(level, strategy, callback) {
  if (!this._handle) throw codedError(Error, 'ERR_INTERNAL_ASSERTION', 'zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

ZlibStream.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);

  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// One constructor per mode, callable without `new` as Node's are.
function defineZlib(name, mode, Base) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      Reflect.apply(Base, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}
const Deflate = defineZlib('Deflate', DEFLATE, ZlibStream);
const Inflate = defineZlib('Inflate', INFLATE, ZlibStream);
const Gzip = defineZlib('Gzip', GZIP, ZlibStream);
const Gunzip = defineZlib('Gunzip', GUNZIP, ZlibStream);
const DeflateRaw = defineZlib('DeflateRaw', DEFLATERAW, ZlibStream);
const InflateRaw = defineZlib('InflateRaw', INFLATERAW, ZlibStream);
const Unzip = defineZlib('Unzip', UNZIP, ZlibStream);

// ---------------------------------------------------------------- Brotli
const kMaxBrotliParam = Math.max(...Object.entries(constants)
  .map(({ 0: key, 1: value }) => (key.startsWith('BROTLI_PARAM_') ? value : 0)));
const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};
function Brotli(opts, mode) {
  brotliInitParamsArray.fill(-1);
  if (opts?.params) {
    Object.keys(opts.params).forEach((origKey) => {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam ||
          (brotliInitParamsArray[key] | 0) !== -1) {
        throw codedError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${origKey} is not a valid Brotli parameter`);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw invalidArgType('options.params[key]', ['number'], opts.params[origKey]);
      }
      brotliInitParamsArray[key] = value;
    });
  }

  const handle = mode === BROTLI_DECODE ? new BrotliDecoder(mode) : new BrotliEncoder(mode);
  this._writeState = new Uint32Array(2);
  handle.state = this._writeState;
  handle.callback = processCallback;
  handle.id = native.initBrotli(mode, Array.from(brotliInitParamsArray, (v) => v | 0));
  if (handle.id < 0) throw codedError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');

  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = defineZlib('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = defineZlib('BrotliDecompress', BROTLI_DECODE, Brotli);

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    // Node's frame for it, called as the module's method (`zlib.gzipSync`).
    const caller = `Object.syncBufferWrapper [as ${ctor.name[0].toLowerCase()}${ctor.name.slice(1)}Sync] (node:zlib:767:14)`;
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer, caller);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

// ---------------------------------------------------------------- crc32
const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = (c & 1) ? (0xedb88320 ^ (c >>> 1)) : (c >>> 1);
    table[n] = c;
  }
  return table;
})();
function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  if (typeof value !== 'number') throw invalidArgType('value', ['number'], value);
  if (!Number.isInteger(value)) throw outOfRange('value', 'an integer', value);
  if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 && <= 4294967295', value);
  const bytes = typeof data === 'string' ? Buffer.from(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let crc = value ^ -1;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

// ---------------------------------------------------------------- exports
const exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  // Convenience methods.
  // compress/decompress a string or buffer in one step.
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
};

function createProperty(ctor) {
  return { __proto__: null, configurable: true, enumerable: true, value: ctor };
}
Object.defineProperties(exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: Object.freeze(codes) },
});

// These should be considered deprecated
// expose all the zlib constants
for (const bkey of Object.keys(constants)) {
  if (bkey.startsWith('BROTLI')) continue;
  Object.defineProperty(exports, bkey, { __proto__: null, enumerable: false, value: constants[bkey], writable: false });
}

return exports;
