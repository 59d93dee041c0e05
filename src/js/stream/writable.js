//! `stream.Writable` (registered as `internal/streams/writable`): Node 20's
//! `lib/internal/streams/writable.js` mechanisms — one `_write` at a time, the buffer behind
//! it, `write()` returning false at the high water mark, `'drain'`, `cork`/`uncork` and
//! `_writev`, `end()` → `_final` → `'prefinish'` → `'finish'` — each callback and event
//! scheduled where Node schedules it (afterWrite/afterWriteTick, the finish tick, errors).
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const {
  tick, nop, kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, kOnConstructed, kErroredValue, bitProperty, erroredProperty,
  streamError, invalidArgType, AbortError, errorOrDestroy, Stream, eos,
} = core;
const { Buffer } = internals.loadBuiltin('buffer');

// Writable-only bits of `[kState]` (Node's positions, see internals.js).
const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

// ---------------------------------------------------------------- WritableState
function WritableState(options, stream, isDuplex) {
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.writableObjectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options ?
    core.getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    core.getDefaultHighWaterMark(false);
  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this[kState] &= ~kDefaultUTF8Encoding;
    this[kDefaultEncodingValue] = defaultEncoding;
  } else {
    throw streamError('ERR_UNKNOWN_ENCODING', defaultEncoding);
  }
  // Bytes (or objects) written and not yet acknowledged by _write's callback.
  this.length = 0;
  this.corked = 0;
  // The callback every _write gets, bound to the stream.
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  // Writes (and the final step) whose callbacks have not run yet; 'finish' waits for 0.
  this.pendingcb = 0;
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
  state[kState] &= ~kBuffered;
}

Object.defineProperties(WritableState.prototype, {
  objectMode: bitProperty(kObjectMode),
  finalCalled: bitProperty(kFinalCalled),
  needDrain: bitProperty(kNeedDrain),
  ending: bitProperty(kEnding),
  ended: bitProperty(kEnded),
  finished: bitProperty(kFinished),
  destroyed: bitProperty(kDestroyed),
  decodeStrings: bitProperty(kDecodeStrings),
  writing: bitProperty(kWriting),
  sync: bitProperty(kSync),
  bufferProcessing: bitProperty(kBufferProcessing),
  constructed: bitProperty(kConstructed),
  prefinished: bitProperty(kPrefinished),
  errorEmitted: bitProperty(kErrorEmitted),
  emitClose: bitProperty(kEmitClose),
  autoDestroy: bitProperty(kAutoDestroy),
  closed: bitProperty(kClosed),
  closeEmitted: bitProperty(kCloseEmitted),
  allBuffers: bitProperty(kAllBuffers),
  allNoop: bitProperty(kAllNoop),
  errored: erroredProperty,
  writable: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined; },
    set(value) {
      if (value == null) this[kState] &= ~(kHasWritable | kWritable);
      else if (value) this[kState] |= kHasWritable | kWritable;
      else {
        this[kState] |= kHasWritable;
        this[kState] &= ~kWritable;
      }
    },
  },
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
  writecb: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kWriteCb) !== 0 ? this[kWriteCbValue] : nop; },
    set(value) {
      this[kWriteCbValue] = value;
      if (value) this[kState] |= kWriteCb; else this[kState] &= ~kWriteCb;
    },
  },
  afterWriteTickInfo: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kAfterWriteTickInfo) !== 0 ? this[kAfterWriteTickInfoValue] : null; },
    set(value) {
      this[kAfterWriteTickInfoValue] = value;
      if (value) this[kState] |= kAfterWriteTickInfo; else this[kState] &= ~kAfterWriteTickInfo;
    },
  },
  buffered: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this[kState] |= kBuffered; else this[kState] &= ~kBuffered;
    },
  },
  bufferedRequestCount: {
    configurable: true,
    get() { return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex; },
  },
});

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  if ((this[kState] & kEnding) !== 0) finishMaybe(stream, this);
};

// ---------------------------------------------------------------- Writable
function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);
  // Node pre-creates the slots of the events every Writable uses (util.inspect shows them).
  this._events ??= { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
  this._writableState = new WritableState(options, this, false);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) internals['streams/compose'].addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    core.construct(this, () => { this._writableState[kOnConstructed](this); });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is a Writable too (`duplex instanceof Writable`), though it inherits from Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  configurable: true,
  value: function hasInstance(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, streamError('ERR_STREAM_CANNOT_PIPE'));
};

// The errors of Node's `_write`, each made by a function named for its line there, so that
// its stack shows Node's frame (`_write (node:internal/streams/writable:489:11)`,
// src/builtin_frames.rs).
function writeNullValues() { return streamError('ERR_STREAM_NULL_VALUES'); }
function writeUnknownEncoding(encoding) { return streamError('ERR_UNKNOWN_ENCODING', encoding); }
function writeInvalidChunk(chunk) {
  return invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}
function writeAfterEnd() { return streamError('ERR_STREAM_WRITE_AFTER_END'); }
function writeDestroyed() { return streamError('ERR_STREAM_DESTROYED', 'write'); }

/** write() and end(chunk): validate, then write now or buffer. Returns true, false or an error. */
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (cb == null || typeof cb !== 'function') cb = nop;
  if (chunk === null) throw writeNullValues();
  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw writeUnknownEncoding(encoding);
    }
    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = core.uint8ArrayToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw writeInvalidChunk(chunk);
    }
  }
  let err;
  if ((state[kState] & kEnding) !== 0) err = writeAfterEnd();
  else if ((state[kState] & kDestroyed) !== 0) err = writeDestroyed();
  if (err) {
    // Node: the write's callback gets the error on the next tick; the stream is destroyed with
    // it ('error' then 'close', one tick after that).
    tick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw streamError('ERR_UNKNOWN_ENCODING', encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((state[kState] & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    // A write in progress (or corked, or constructing): queue it.
    if ((state[kState] & kBuffered) === 0) {
      state[kState] |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback });
    if ((state[kState] & kAllBuffers) !== 0 && encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if ((state[kState] & kAllNoop) !== 0 && callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state[kState] |= kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }
  // false from the high water mark on: the caller should wait for 'drain'.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  return ret && (state[kState] & (kDestroyed | kErrored)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(streamError('ERR_STREAM_DESTROYED', 'write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// Named for its line in Node's `onwrite` (src/builtin_frames.rs).
function onwriteMultipleCallback() { return streamError('ERR_MULTIPLE_CALLBACK'); }

/** The callback of `_write`: the chunk is written. */
function onwrite(stream, er) {
  const state = stream._writableState;
  if ((state[kState] & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, onwriteMultipleCallback());
    return;
  }
  const sync = (state[kState] & kSync) !== 0;
  const cb = (state[kState] & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;
  state.writecb = null;
  state[kState] &= ~(kWriting | kExpectWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack; // Node's "Avoid V8 leak" read: V8 formats the stack now.
    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    // Node: a synchronous failure reports on the next tick, so write() returns first.
    if (sync) tick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  // The next buffered chunk goes to _write at once.
  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);

  if (sync) {
    // Node: when _write called back synchronously, the write's callback and 'drain' wait for
    // the next tick (afterWriteTick), and consecutive writes with the same callback share
    // that one tick. Node tests `state[kState] & kDestroyed !== 0`, which by precedence is
    // `state[kState] & 1` (the objectMode bit): object-mode streams always take the tick.
    const needDrain = (state[kState] & kNeedDrain) !== 0 && state.length === 0;
    const needTick = needDrain || (state[kState] & 1) !== 0 || cb !== nop;
    if (cb === nop) {
      if ((state[kState] & kAfterWritePending) === 0 && needTick) {
        tick(afterWrite, stream, state, 1, cb);
        state[kState] |= kAfterWritePending;
      } else {
        state.pendingcb--;
        if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
      }
    } else if ((state[kState] & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
      state[kAfterWriteTickInfoValue].count++;
    } else if (needTick) {
      state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
      tick(afterWriteTick, state[kAfterWriteTickInfoValue]);
      state[kState] |= kAfterWritePending | kAfterWriteTickInfo;
    } else {
      state.pendingcb--;
      if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(stream, state, count, cb);
}

/** After a write: 'drain' (when it was needed and all is written), then the callbacks. */
function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  const needDrain = (state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}

/** A destroyed stream fails every buffered write and pending end() callback. */
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  if ((state[kState] & kBuffered) !== 0) {
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state[kBufferedValue][n];
      const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored ?? streamError('ERR_STREAM_DESTROYED', 'write'));
    }
  }
  callFinishedCallbacks(state, state.errored ?? streamError('ERR_STREAM_DESTROYED', 'end'));
  resetBuffer(state);
}

/** Hand buffered chunks to `_write` one at a time, or all at once to `_writev`. */
function clearBuffer(stream, state) {
  if ((state[kState] & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) {
    return;
  }
  const objectMode = (state[kState] & kObjectMode) !== 0;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw streamError('ERR_METHOD_NOT_IMPLEMENTED', '_write()');
};
Writable.prototype._writev = null;

// ---------------------------------------------------------------- end and finish
Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk != null) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  // end() uncorks completely.
  if ((state[kState] & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // The write's error is already on its way.
  } else if ((state[kState] & (kEnding | kErrored)) === 0) {
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = streamError('ERR_STREAM_ALREADY_FINISHED', 'end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = streamError('ERR_STREAM_DESTROYED', 'end');
  }
  if (typeof cb === 'function') {
    if (err) tick(cb, err);
    else if ((state[kState] & kErrored) !== 0) tick(cb, state[kErroredValue]);
    else if ((state[kState] & kFinished) !== 0) tick(cb, null);
    else {
      // Called with 'finish' (or the error), in callFinishedCallbacks.
      state[kState] |= kOnFinished;
      state[kOnFinishedValue] ??= [];
      state[kOnFinishedValue].push(cb);
    }
  }
  return this;
};

/** Ended, everything written, nothing failed: time for 'prefinish' and 'finish'. */
function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting | kErrorEmitted |
    kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) && state.length === 0;
}

/** The callback of `_final`. */
function onFinish(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) {
    errorOrDestroy(stream, err ?? streamError('ERR_MULTIPLE_CALLBACK'));
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    // Node: after _final, 'finish' comes on the next tick.
    state.pendingcb++;
    tick(finish, stream, state);
  }
}

/** Call `_final` (whose callback emits 'prefinish'), or emit 'prefinish' at once. */
function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kSync;
    state.pendingcb++;
    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }
    state[kState] &= ~kSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        // Node: from end() (or a synchronous write callback), 'finish' waits one tick, and is
        // re-checked then (a write in between cancels it).
        state.pendingcb++;
        tick(finishIfStillDone, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfStillDone(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if ((state[kState] & kAutoDestroy) !== 0) {
    // autoDestroy: destroy right after 'finish' ('close' a tick later); a Duplex waits for its
    // readable side's 'end' too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

// ---------------------------------------------------------------- properties
Object.defineProperties(Writable.prototype, {
  closed: {
    configurable: true,
    get() { return this._writableState ? (this._writableState[kState] & kClosed) !== 0 : false; },
  },
  destroyed: {
    configurable: true,
    get() { return this._writableState ? (this._writableState[kState] & kDestroyed) !== 0 : false; },
    set(value) {
      if (!this._writableState) return;
      if (value) this._writableState[kState] |= kDestroyed;
      else this._writableState[kState] &= ~kDestroyed;
    },
  },
  writable: {
    configurable: true,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && (w[kState] & (kEnding | kEnded | kDestroyed | kErrored)) === 0;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    configurable: true,
    get() { return this._writableState ? (this._writableState[kState] & kFinished) !== 0 : false; },
  },
  writableObjectMode: {
    configurable: true,
    get() { return this._writableState ? (this._writableState[kState] & kObjectMode) !== 0 : false; },
  },
  writableBuffer: {
    configurable: true,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    configurable: true,
    get() { return this._writableState ? (this._writableState[kState] & kEnding) !== 0 : false; },
  },
  writableNeedDrain: {
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain : false;
    },
  },
  writableHighWaterMark: {
    configurable: true,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    configurable: true,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    configurable: true,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    configurable: true,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    configurable: true,
    get() {
      const state = this._writableState;
      return (state[kState] & (kHasWritable | kWritable)) !== kHasWritable &&
        (state[kState] & (kDestroyed | kErrored)) !== 0 && (state[kState] & kFinished) === 0;
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  // Node: buffered writes and end() callbacks fail on the next tick (errorBuffer).
  if ((state[kState] & (kBuffered | kOnFinished)) !== 0 && (state[kState] & kDestroyed) === 0) {
    tick(errorBuffer, state);
  }
  core.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = core.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[Symbol.for('nodejs.rejection')] = function captureRejection(err) {
  this.destroy(err);
};
if (Symbol.asyncDispose) {
  Writable.prototype[Symbol.asyncDispose] = function asyncDispose() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) =>
      eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))));
  };
}

return Writable;
