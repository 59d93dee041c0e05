//! `stream.Readable` (registered as `internal/streams/readable`): Node 20's
//! `lib/internal/streams/readable.js` mechanisms — the buffer, `push`/`read`, flowing and paused
//! modes, `'readable'`, pipes, async iteration — with every event scheduled where Node schedules
//! it (synchronously, or through `process.nextTick`: emitReadable_, endReadableNT, resume_,
//! maybeReadMore_, nReadingNextTick, updateReadableListening).
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const {
  tick, nop, kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, kOnConstructed, kErroredValue, bitProperty, erroredProperty,
  streamError, invalidArgType, AbortError, aggregateTwoErrors, validateObject, errorOrDestroy,
  Stream, prependListener, eos,
} = core;
const { Buffer } = internals.loadBuiltin('buffer');
const { StringDecoder } = internals.loadBuiltin('string_decoder');

// Readable-only bits of `[kState]` (Node's positions, see internals.js).
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;

const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');

/** A property holding a value only while its bit is set (null otherwise). */
function valueBitProperty(bit, valueKey) {
  return {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[valueKey] : null; },
    set(value) {
      if (value) {
        this[valueKey] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

// ---------------------------------------------------------------- ReadableState
function ReadableState(options, stream, isDuplex) {
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.readableObjectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options ?
    core.getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    core.getDefaultHighWaterMark(false);
  // The buffered chunks from `bufferIndex` on (a consumed prefix is nulled, not shifted).
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw streamError('ERR_UNKNOWN_ENCODING', defaultEncoding);
  }
  // Pipe destinations whose write() returned false (one, or a Set when piping to several).
  this.awaitDrainWriters = null;
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: bitProperty(kObjectMode),
  ended: bitProperty(kEnded),
  endEmitted: bitProperty(kEndEmitted),
  reading: bitProperty(kReading),
  constructed: bitProperty(kConstructed),
  sync: bitProperty(kSync),
  needReadable: bitProperty(kNeedReadable),
  emittedReadable: bitProperty(kEmittedReadable),
  readableListening: bitProperty(kReadableListening),
  resumeScheduled: bitProperty(kResumeScheduled),
  errorEmitted: bitProperty(kErrorEmitted),
  emitClose: bitProperty(kEmitClose),
  autoDestroy: bitProperty(kAutoDestroy),
  destroyed: bitProperty(kDestroyed),
  closed: bitProperty(kClosed),
  closeEmitted: bitProperty(kCloseEmitted),
  multiAwaitDrain: bitProperty(kMultiAwaitDrain),
  readingMore: bitProperty(kReadingMore),
  dataEmitted: bitProperty(kDataEmitted),
  errored: erroredProperty,
  decoder: valueBitProperty(kDecoder, kDecoderValue),
  encoding: valueBitProperty(kEncoding, kEncodingValue),
  defaultEncoding: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  // null until the stream is piped, resumed or paused; then whether it flows.
  flowing: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) this[kState] &= ~(kHasFlowing | kFlowing);
      else if (value) this[kState] |= kHasFlowing | kFlowing;
      else {
        this[kState] |= kHasFlowing;
        this[kState] &= ~kFlowing;
      }
    },
  },
  pipesCount: {
    configurable: true,
    get() { return this.pipes.length; },
  },
  paused: {
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      this[kState] |= kHasPaused;
      if (value) this[kState] |= kPaused; else this[kState] &= ~kPaused;
    },
  },
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

// ---------------------------------------------------------------- Readable
function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  // Node pre-creates the slots of the events every Readable uses (util.inspect shows them).
  this._events ??= { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) internals['streams/compose'].addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    core.construct(this, () => { this._readableState[kOnConstructed](this); });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = core.destroy;
Readable.prototype._undestroy = core.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[Symbol.for('nodejs.rejection')] = function captureRejection(err) {
  this.destroy(err);
};
if (Symbol.asyncDispose) {
  Readable.prototype[Symbol.asyncDispose] = function asyncDispose() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

// ---------------------------------------------------------------- push / unshift
Readable.prototype.push = function push(chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) === 0
    ? readableAddChunkPushByteMode(this, state, chunk, encoding)
    : readableAddChunkPushObjectMode(this, state, chunk, encoding);
};

// Node's two paths of push(), by mode: named as Node's, they are the frames between push()
// and addChunk in a stack made under 'data' (src/builtin_frames.rs).
function readableAddChunkPushByteMode(stream, state, chunk, encoding) {
  return addChunkChecked(stream, state, chunk, encoding, false);
}
function readableAddChunkPushObjectMode(stream, state, chunk, encoding) {
  return addChunkChecked(stream, state, chunk, encoding, false);
}

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkChecked(this, this._readableState, chunk, encoding, true);
};

// Node's frames above an error push() or unshift() makes, by where Node makes it: `site` is
// the line of readableAddChunk{Push,Unshift}{Byte,Object}Mode (Node's four paths, which
// looplab folds into addChunkChecked).
function pushError(err, state, addToFront, site) {
  const objectMode = (state[kState] & kObjectMode) !== 0;
  const mode = objectMode ? 'ObjectMode' : 'ByteMode';
  const frames = addToFront
    ? [`readableAddChunkUnshift${mode} (node:internal/streams/readable:${site})`,
      `Readable.unshift (node:internal/streams/readable:${objectMode ? 402 : 401}:5)`]
    : [`readableAddChunkPush${mode} (node:internal/streams/readable:${site})`,
      `Readable.push (node:internal/streams/readable:${objectMode ? 393 : 392}:5)`];
  internals.prependStackFrames(err, frames.map((frame) => `    at ${frame}`).join('\n'));
  return err;
}

/** Validate and convert one pushed (or unshifted) chunk, then buffer or emit it. */
function addChunkChecked(stream, state, chunk, encoding, addToFront) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  const objectMode = (state[kState] & kObjectMode) !== 0;
  if (!objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // Unshifting a string into a decoding stream: re-encode it in the stream's encoding.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = core.uint8ArrayToBuffer(chunk);
      encoding = '';
    } else if (chunk !== undefined) {
      const err = invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      errorOrDestroy(stream, pushError(err, state, addToFront, addToFront ? '428:28' : '482:28'));
      return false;
    }
    if (!chunk || chunk.length <= 0) {
      if (addToFront) return canPushMore(state);
      // An empty chunk ends this read without adding anything: read again later.
      state[kState] &= ~kReading;
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  if (addToFront) {
    if ((state[kState] & kEndEmitted) !== 0) {
      // Made in readableAddChunkUnshiftValue, which the mode's function calls.
      const err = pushError(streamError('ERR_STREAM_UNSHIFT_AFTER_END_EVENT'), state, true,
        (state[kState] & kObjectMode) !== 0 ? '449:10' : '438:10');
      internals.prependStackFrames(err, '    at readableAddChunkUnshiftValue (node:internal/streams/readable:454:28)');
      errorOrDestroy(stream, err);
    } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
      return false;
    } else {
      addChunk(stream, state, chunk, true);
    }
    return canPushMore(state);
  }
  if ((state[kState] & kEnded) !== 0) {
    const site = (state[kState] & kObjectMode) !== 0 ? '524:28' : '495:28';
    errorOrDestroy(stream, pushError(streamError('ERR_STREAM_PUSH_AFTER_EOF'), state, false, site));
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (!objectMode && chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

/** push()'s answer: keep pushing while under the high water mark (always when empty). */
function canPushMore(state) {
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  // Node: a flowing stream with an empty buffer and a 'data' listener hands the chunk over at
  // once, synchronously inside push() — unless push() is inside _read() (kSync), when it is
  // buffered and delivered by flow() instead.
  if ((state[kState] & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && state.length === 0) {
    clearAwaitDrain(state);
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 || (state[kState] & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered is decoded now, as one string.
  let content = '';
  for (const data of state.buffer.slice(state.bufferIndex)) content += decoder.write(data);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// ---------------------------------------------------------------- read
const MAX_HWM = 0x40000000;
/** read(n) above the high water mark raises it to the next power of two. */
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw streamError('ERR_OUT_OF_RANGE', 'size', '<= 1GiB', n);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** How much read(n) may return now. */
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    // read() while flowing takes one chunk at a time; paused, everything buffered.
    if ((state[kState] & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) with enough buffered (or at the end) only triggers 'readable' or 'end'.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read when the buffer would fall below the high water mark.
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state[kState] & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // A synchronous push() inside _read may have made more available.
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state[kState] |= state.length <= state.highWaterMark ? kNeedReadable : 0;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    // Nothing left: the next push must tell the consumer ('readable').
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

/** Take `n` bytes (or one object, or everything) from the front of the buffer. */
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  let idx = state.bufferIndex;
  let ret;
  if ((state[kState] & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let at = 0;
      while (idx < len) {
        ret.set(buf[idx], at);
        at += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if ((state[kState] & kDecoder) !== 0) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        // Node compares with the number of buffered chunks here (not the string's length), so
        // taking a whole string usually leaves an empty one behind; kept for the same reads.
        if (n === buf.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const total = n;
    while (idx < len) {
      const data = buf[idx];
      if (n >= data.length) {
        ret.set(data, total - n);
        n -= data.length;
        buf[idx++] = null;
        if (n === 0) break;
      } else {
        ret.set(data.subarray(0, n), total - n);
        buf[idx] = data.slice(n);
        break;
      }
    }
  }
  if (idx === len) {
    state.buffer.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}
Readable._fromList = fromList;

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  const decoder = (state[kState] & kDecoder) !== 0 ? state[kDecoderValue] : null;
  if (decoder) {
    const chunk = decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Node: push(null) inside _read defers 'readable' (and so 'end') to the next tick.
    emitReadable(stream);
  } else {
    // Node: push(null) from outside _read (an I/O callback, a timer) emits 'readable' now.
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadable_(stream);
  }
}

/** Schedule one 'readable' (Node: emitReadable defers it with process.nextTick, coalescing). */
function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    tick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 && (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // After 'readable' the consumer may not have read everything: ask again when under the mark.
  state[kState] |= (state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark ? kNeedReadable : 0;
  flow(stream);
}

/**
 * Fill the buffer up to the high water mark in the background (Node: maybeReadMore_ runs on
 * the next tick, calling read(0) until _read stops adding synchronously).
 */
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    tick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
      (state.length < state.highWaterMark || ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function _read(n) {
  const err = streamError('ERR_METHOD_NOT_IMPLEMENTED', '_read()');
  internals.setThrowSite(err, "node:internal/streams/readable:906\n  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');\n  ^\n");
  throw err;
};

// ---------------------------------------------------------------- pipe / unpipe
Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) tick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination we were waiting on will never drain for us now: stop waiting.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      // Backpressure: resume when the destination emits 'drain'.
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // A destination error unpipes; it is re-emitted only if nobody else listens.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if ((state[kState] & kFlowing) === 0) {
    // Node: piping starts the flow through resume(), i.e. on the next tick (resume_).
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// ---------------------------------------------------------------- listeners and modes
Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state[kState] |= kDataListening;
    state[kState] |= this.listenerCount('readable') > 0 ? kReadableListening : 0;
    // Node: a 'data' listener switches to flowing mode unless pause() was called explicitly.
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      // A 'readable' listener takes precedence over flowing: the stream is paused.
      state[kState] |= kReadableListening | kNeedReadable | kHasFlowing;
      state[kState] &= ~(kFlowing | kEmittedReadable);
      if (state.length) emitReadable(this);
      else if ((state[kState] & kReading) === 0) tick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Node: whether to flow again is decided on the next tick (updateReadableListening).
    tick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state[kState] &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) tick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;
  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) === (kHasPaused | kResumeScheduled)) {
    // A resume() is pending: it will flow.
    state[kState] |= kHasFlowing | kFlowing;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if ((state[kState] & kFlowing) === 0) {
    state[kState] |= kHasFlowing;
    // With a 'readable' listener, resume() does not make the stream flow.
    if ((state[kState] & kReadableListening) === 0) state[kState] |= kFlowing;
    else state[kState] &= ~kFlowing;
    scheduleResume(this, state);
  }
  state[kState] |= kHasPaused;
  state[kState] &= ~kPaused;
  return this;
};

/** Node: resume() takes effect on the next tick (resume_), once per pending resume. */
function scheduleResume(stream, state) {
  if ((state[kState] & kResumeScheduled) === 0) {
    state[kState] |= kResumeScheduled;
    tick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] |= kHasFlowing;
    state[kState] &= ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

/** While flowing, read() (which emits 'data') until the buffer is empty. */
function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

/** `readable.wrap(oldStream)`: a Readable over an old-style stream. */
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// ---------------------------------------------------------------- async iteration
Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

/**
 * `for await (const chunk of readable)`: paused mode underneath — read() what is buffered,
 * wait for 'readable' (or the end) when nothing is; destroy the stream when the loop exits.
 */
async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      core.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// ---------------------------------------------------------------- properties
Object.defineProperties(Readable.prototype, {
  readable: {
    configurable: true,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: { configurable: true, get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    configurable: true,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: { configurable: true, get() { return this._readableState.highWaterMark; } },
  readableBuffer: { configurable: true, get() { return this._readableState && this._readableState.buffer; } },
  readableFlowing: {
    configurable: true,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: { configurable: true, get() { return this._readableState.length; } },
  readableObjectMode: {
    configurable: true,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    configurable: true,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    configurable: true,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    configurable: true,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    configurable: true,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    configurable: true,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// ---------------------------------------------------------------- the end
/** Node: 'end' is emitted on the next tick after the last byte was read (endReadableNT). */
function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    tick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      // A Duplex that may not stay half open ends its writable side on the next tick.
      tick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // autoDestroy: a finished stream is destroyed right after 'end' ('close' one tick later),
      // a Duplex only once its writable side has finished too.
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function from(iterable, opts) {
  return internals['streams/compose'].from(Readable, iterable, opts);
};

Readable.wrap = function wrap(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      core.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

return Readable;
