//! The shared core of `node:stream` (registered as `internal/streams/core`): the state bits
//! both sides use, Node's stream error codes, the type checks of
//! `lib/internal/streams/utils.js`, the high-water-mark rules of `state.js`, destruction
//! (`destroy.js`: destroy, construct, errorOrDestroy, destroyer), `finished`
//! (`end-of-stream.js`) and the legacy `Stream` (`legacy.js`).
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
//
// Every `tick(...)` below is a `process.nextTick` that Node's streams make at the same point;
// they are tagged `stream` in the run report so the UI can show them as stream internals.
'use strict';

const { codedError, describeReceived, EventEmitter, process } = internals;

/** process.nextTick as the stream module's own (reported with api `stream`). */
function tick(callback, ...args) {
  internals.nextTickAs('stream', callback, ...args);
}

// ---------------------------------------------------------------- state bits
// Node keeps each state's booleans in one integer (`[Symbol(kState)]`, which util.inspect
// shows), with these bit positions shared by ReadableState and WritableState; the remaining
// bits are each side's own (see readable.js, writable.js). Same positions, so the number a
// learner sees when logging a stream is Node's.
const kState = Symbol('kState');
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
const kOnConstructed = Symbol('kOnConstructed');
const kErroredValue = Symbol('kErroredValue');

/** A boolean property of a state object backed by one bit of `[kState]`. */
function bitProperty(bit) {
  return {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit; else this[kState] &= ~bit;
    },
  };
}

/** The `errored` property: a bit plus the error itself. */
const erroredProperty = {
  enumerable: false,
  configurable: true,
  get() { return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null; },
  set(value) {
    if (value) {
      this[kErroredValue] = value;
      this[kState] |= kErrored;
    } else {
      this[kState] &= ~kErrored;
    }
  },
};

// ---------------------------------------------------------------- errors (lib/internal/errors.js)
// lib/internal/errors.js ERR_INVALID_ARG_TYPE: primitive type names (and Object/Function, as
// `object`/`function`), then class names as instances, then anything else as is.
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;
function joinAlternatives(prefixMany, prefixTwo, items) {
  if (items.length > 2) return `${prefixMany}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  if (items.length === 2) return `${prefixTwo}${items[0]} or ${items[1]}`;
  return null;
}

/** ERR_INVALID_ARG_TYPE for a stream chunk or argument, worded as Node words it. */
function invalidArgType(name, expected, actual) {
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  let msg = name.endsWith(' argument') ? `The ${name} must be ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} must be `;
  if (types.length > 0) {
    msg += joinAlternatives('one of type ', 'one of type ', types) ?? `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += joinAlternatives('an instance of ', 'an instance of ', instances) ?? `an instance of ${instances[0]}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    msg += joinAlternatives('one of ', 'one of ', other) ??
      `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  }
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`);
}

const messages = {
  ERR_STREAM_PUSH_AFTER_EOF: [Error, () => 'stream.push() after EOF'],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [Error, () => 'stream.unshift() after end event'],
  ERR_STREAM_WRITE_AFTER_END: [Error, () => 'write after end'],
  ERR_STREAM_DESTROYED: [Error, (op) => `Cannot call ${op} after a stream was destroyed`],
  ERR_STREAM_ALREADY_FINISHED: [Error, (op) => `Cannot call ${op} after a stream was finished`],
  ERR_STREAM_NULL_VALUES: [TypeError, () => 'May not write null values to stream'],
  ERR_STREAM_CANNOT_PIPE: [Error, () => 'Cannot pipe, not readable'],
  ERR_STREAM_PREMATURE_CLOSE: [Error, () => 'Premature close'],
  ERR_MULTIPLE_CALLBACK: [Error, () => 'Callback called multiple times'],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (name) => `The ${name} method is not implemented`],
  ERR_UNKNOWN_ENCODING: [TypeError, (enc) => `Unknown encoding: ${enc}`],
  ERR_MISSING_ARGS: [TypeError, (name) => `The "${name}" argument must be specified`],
  ERR_INVALID_RETURN_VALUE: [TypeError, (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`],
  ERR_OUT_OF_RANGE: [RangeError, (name, range, value) =>
    `The value of "${name}" is out of range. It must be ${range}. Received ${internals.noSideEffectsToString(value)}`],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') =>
    `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${internals.loadBuiltin('util').inspect(value)}`],
  ERR_TRANSFORM_ALREADY_TRANSFORMING: [Error, () => 'Calling transform done when still transforming'],
  ERR_TRANSFORM_WITH_LENGTH_0: [Error, () => 'Calling transform done when writableState.length != 0'],
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
};

/** lib/internal/errors.js determineSpecificType: how an error names a value it got. */
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return internals.loadBuiltin('util').inspect(value, { depth: -1 });
    default: {
      let text = value;
      if (text.length > 28) text = `${text.slice(0, 25)}...`;
      if (!text.includes("'")) return `type string ('${text}')`;
      return `type string (${JSON.stringify(text)})`;
    }
  }
}

/** A Node error by code: `streamError('ERR_STREAM_DESTROYED', 'write')`. */
function streamError(code, ...args) {
  const [Base, message] = messages[code];
  return codedError(Base, code, message(...args));
}

// lib/internal/errors.js AbortError, shared with `events` (the prelude defines it).
const { AbortError } = internals;

/** Two errors of one failure become one: an AggregateError when both exist and differ. */
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, ['function'], value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, ['Object'], value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, ['AbortSignal'], signal);
  }
}

/** A callback that runs at most once (lib/internal/util.js `once`). */
function once(callback) {
  let called = false;
  return function onceWrapper(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

/** Run `onAbort` when `signal` aborts; returns a function that stops listening. */
function addAbortListener(signal, onAbort) {
  if (signal.aborted) {
    queueMicrotask(onAbort);
    return () => {};
  }
  const listener = () => onAbort();
  if (typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  }
  return () => {};
}

// ---------------------------------------------------------------- high water marks (state.js)
let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (!Number.isInteger(value) || value < 0) {
    throw streamError('ERR_OUT_OF_RANGE', 'value', '>= 0 && <= 9007199254740991', value);
  }
  if (objectMode) defaultHighWaterMarkObjectMode = value; else defaultHighWaterMarkBytes = value;
}

/** `highWaterMark` (or, for one side of a Duplex, `readableHighWaterMark`...). */
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw streamError('ERR_INVALID_ARG_VALUE', isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark((state[kState] & kObjectMode) !== 0);
}

// ---------------------------------------------------------------- type checks (utils.js)
const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

// utils.js: web streams, recognised by shape as Node does.
function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}
function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}
function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
}
function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (typeof (w && w.ended) !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (typeof (w && w.finished) !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (typeof (r && r.endEmitted) !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof (stream && stream.readable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof (stream && stream.writable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return (stream._writableState && stream._writableState.errored) ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return (stream._readableState && stream._readableState.errored) ?? null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof (w && w.closed) === 'boolean' || typeof (r && r.closed) === 'boolean') {
    return (w && w.closed) || (r && r.closed);
  }
  return null;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] ?? (stream.readableDidRead || stream.readableAborted)));
}

function isErrored(stream) {
  return !!(stream && (stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
    (stream._readableState && stream._readableState.errorEmitted) ??
    (stream._writableState && stream._writableState.errorEmitted) ??
    (stream._readableState && stream._readableState.errored) ??
    (stream._writableState && stream._writableState.errored)));
}

// ---------------------------------------------------------------- destroy (destroy.js)
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

/** Record the first error on both sides (`errored`): Node's checkError. */
function recordError(err, w, r) {
  if (!err) return;
  // Node reads err.stack here ("Avoid V8 leak"), so V8 formats it now: an unhandled rejection
  // of this error later has no frames to point at (fatal.rs's construction_arrow).
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

/** `stream.destroy(err, cb)`: mark destroyed at once, then `_destroy`, then 'error'/'close'. */
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w[kState] |= kDestroyed;
  if (r) r[kState] |= kDestroyed;
  // Node: a stream still in `_construct` is destroyed once construction has finished.
  if ((s[kState] & kConstructed) === 0) {
    this.once(kDestroy, function onConstructedThenDestroy(er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(error) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(error, w, r);
    if (w) w[kState] |= kClosed;
    if (r) r[kState] |= kClosed;
    if (typeof cb === 'function') cb(error);
    // Node: 'error' and 'close' are emitted on the next tick after _destroy's callback, both in
    // the same tick (emitErrorCloseNT), so listeners added right after destroy() still see them.
    if (error) tick(emitErrorCloseNT, self, error);
    else tick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (error) {
    onDestroy(error);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w[kState] |= kCloseEmitted;
  if (r) r[kState] |= kCloseEmitted;
  if ((w && (w[kState] & kEmitClose) !== 0) || (r && (r[kState] & kEmitClose) !== 0)) {
    self.emit('close');
  }
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && (w[kState] & kErrorEmitted) !== 0) || (r && (r[kState] & kErrorEmitted) !== 0)) return;
  if (w) w[kState] |= kErrorEmitted;
  if (r) r[kState] |= kErrorEmitted;
  self.emit('error', err);
}

/** `_undestroy()`: back to a fresh state (used by streams that reopen). */
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

/**
 * An error inside the stream machinery: with autoDestroy (the default) the stream is destroyed
 * with it; otherwise 'error' is emitted, on the next tick when `sync` (Node keeps both paths).
 */
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) return;
  if ((r && (r[kState] & kAutoDestroy) !== 0) || (w && (w[kState] & kAutoDestroy) !== 0)) {
    stream.destroy(err);
  } else if (err) {
    void err.stack; // Node's "Avoid V8 leak" read, as in recordError.
    if (w && (w[kState] & kErrored) === 0) w.errored = err;
    if (r && (r[kState] & kErrored) === 0) r.errored = err;
    if (sync) tick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

/**
 * `_construct(cb)`: Node calls it on the next tick after the constructor, and reports its
 * completion one more tick later (so 'open'-style events come after the constructor returns).
 */
function construct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r[kState] &= ~kConstructed;
  if (w) w[kState] &= ~kConstructed;
  stream.once(kConstruct, onConstructed);
  // A Duplex registers both sides' callbacks; one construction serves both.
  if (stream.listenerCount(kConstruct) > 1) return;
  tick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? streamError('ERR_MULTIPLE_CALLBACK'));
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r[kState] |= kConstructed;
    if (w) w[kState] |= kConstructed;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { tick(onConstruct, err); });
  } catch (err) {
    tick(onConstruct, err);
  }
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  tick(emitCloseLegacy, stream);
}

/** `stream.destroy(stream, err)` / pipeline's destroyer: whatever way the object can die. */
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) tick(emitErrorCloseLegacy, stream, err);
  else tick(emitCloseLegacy, stream);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

// ---------------------------------------------------------------- finished (end-of-stream.js)
const nop = () => {};

/**
 * `finished(stream[, options], callback)`: the callback once the stream is done (ended,
 * finished, errored or closed), with ERR_STREAM_PREMATURE_CLOSE for a close before the end.
 * Returns the function that removes its listeners.
 */
function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);
  if (isReadableStream(stream) || isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!isNodeStream(stream)) {
    throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  // When the stream will emit 'close' itself, wait for it rather than 'end'/'finish'.
  let willClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willClose = false;
    if (willClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willClose = false;
    if (willClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  let closed = isClosed(stream);
  // A function, not an arrow: `this` tells how it runs, a 'close' listener (the stream) or
  // a tick (undefined), which names its frame in the error's stack as V8 does.
  function onclose() {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    const prematureClose = (line) => {
      const err = streamError('ERR_STREAM_PREMATURE_CLOSE');
      const site = `(node:internal/streams/end-of-stream:${line}:30)`;
      // On a tick of its own (no arguments), called by processTicksAndRejections alone.
      internals.prependStackFrames(err, this == null
        ? `    at onclose ${site}\n    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)`
        : `    at ${this.constructor?.name ?? 'Object'}.onclose ${site}`);
      return err;
    };
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, prematureClose(154));
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, prematureClose(159));
    }
    callback.call(stream);
  }
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  if (writable && !wState) {
    // A legacy writable (no _writableState) says it is done by 'end' or 'close'.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Node: a stream that is already done reports it on the next tick, never synchronously.
  if (closed) {
    tick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willClose) tick(onclosed);
  } else if (!readable && (!willClose || isReadable(stream)) &&
      (writableFinished || isWritable(stream) === false) &&
      (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    tick(onclosed);
  } else if (!writable && (!willClose || isWritable(stream)) &&
      (readableFinished || isReadable(stream) === false)) {
    tick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      tick(abort);
    } else {
      const stop = addAbortListener(options.signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        stop();
        originalCallback.apply(stream, args);
      });
    }
  }
  return cleanup;
}

/** `stream/promises` finished: a promise of the same. */
/** end-of-stream.js eosWeb: a web stream is finished when its closed promise settles. */
function eosWeb(stream, options, callback) {
  let isAborted = false;
  let abort = nop;
  if (options.signal) {
    abort = () => {
      isAborted = true;
      callback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      tick(abort);
    } else {
      const stop = addAbortListener(options.signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        stop();
        originalCallback.apply(stream, args);
      });
    }
  }
  const resolverFn = (...args) => {
    if (!isAborted) tick(() => callback.apply(stream, args));
  };
  const closed = stream[Symbol.for('nodejs.webstream.isClosedPromise')];
  Promise.prototype.then.call(closed.promise, resolverFn, resolverFn);
  return nop;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) autoCleanup = opts.cleanup;
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err); else resolve();
    });
  });
}

// ---------------------------------------------------------------- legacy Stream (legacy.js)
function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

/** The old `Stream.prototype.pipe`, for streams that are not Readables. */
Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (this.listenerCount('error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

/** Streams pre-create their `_events` slots, so only names with listeners count. */
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  for (const key of Reflect.ownKeys(this._events)) {
    const l = this._events[key];
    if (typeof l === 'function' || (Array.isArray(l) && l.length > 0)) names.push(key);
  }
  return names;
};

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

/** A Uint8Array chunk as a Buffer over the same memory (Stream._uint8ArrayToBuffer). */
function uint8ArrayToBuffer(chunk) {
  return internals.loadBuiltin('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

return {
  tick, nop,
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed, kCloseEmitted,
  kErrored, kConstructed, kOnConstructed, kErroredValue, bitProperty, erroredProperty,
  streamError, invalidArgType, AbortError, aggregateTwoErrors, validateFunction, validateObject,
  validateAbortSignal, once, addAbortListener,
  getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark,
  kIsDestroyed, kIsErrored, kIsReadable, kIsWritable, kIsDisturbed,
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isIterable,
  isReadableStream, isWritableStream, isTransformStream, isWebStream,
  isDestroyed, isWritableEnded, isWritableFinished, isReadableFinished, isReadable, isWritable,
  isFinished, isWritableErrored, isReadableErrored, isClosed, willEmitClose, isDisturbed, isErrored,
  destroy, undestroy, errorOrDestroy, construct, destroyer,
  eos, finishedPromise,
  Stream, prependListener, uint8ArrayToBuffer,
};
