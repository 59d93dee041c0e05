//! `ReadableStream`, its readers and controllers (registered as `internal/webstreams/readable`):
//! Node 20's `lib/internal/webstreams/readablestream.js` — the default and byte controllers,
//! the default and BYOB readers, `ReadableStream.from`, `pipeTo`/`pipeThrough`, `tee` and async
//! iteration, with Node's promise plumbing (an async function per user callback, the
//! iterator's first-read delay, tee's queueMicrotask and nextTick) so their microtasks
//! interleave with nextTicks as in Node.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const u = internals['webstreams/util'];
const w = internals['webstreams/writable'];
const {
  kState, kType, kInspect, kIsClosedPromise, kControllerErrorFunction, invalidState, invalidThis,
  deferred, settledRecord, setPromiseHandled,
} = u;
const then = (promise, onFulfilled, onRejected) => Promise.prototype.then.call(promise, onFulfilled, onRejected);

const kCancel = Symbol('kCancel');
const kClose = Symbol('kClose');
const kChunk = Symbol('kChunk');
const kError = Symbol('kError');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');
const kSkipThrow = Symbol('kSkipThrow');

// The stream state getters Node's `finished` and `isDisturbed` read.
const core = internals['streams/core'];
const { kIsDisturbed, kIsErrored, kIsReadable } = core;

let releasedError;
let releasingError;
function readableReleasedError() {
  releasedError ??= invalidState('Reader released');
  return releasedError;
}
function readableReleasingError() {
  releasingError ??= invalidState('Releasing reader');
  return releasingError;
}

const isReadableStream = u.isBrandCheck('ReadableStream');
const isReadableByteStreamController = u.isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = u.isBrandCheck('ReadableStreamBYOBRequest');
const isReadableStreamDefaultReader = u.isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = u.isBrandCheck('ReadableStreamBYOBReader');

// ---------------------------------------------------------------- ReadableStream
class ReadableStream {
  constructor(source = {}, strategy = {}) {
    this[kType] = 'ReadableStream';
    u.validateObject(source, 'source', u.kAllowObjects);
    u.validateObject(strategy, 'strategy', u.kAllowObjectsAndNull);
    this[kState] = createReadableStreamState();
    this[kIsClosedPromise] = deferred();
    this[kControllerErrorFunction] = () => {};
    // The strategy is read before the source, as the spec orders it.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw u.invalidArgValue('strategy.size', size, undefined, RangeError);
      setupReadableByteStreamControllerFromSource(this, source, u.extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw u.invalidArgValue('source.type', type);
      setupReadableStreamDefaultControllerFromSource(
        this, source, u.extractHighWaterMark(highWaterMark, 1), u.extractSizeAlgorithm(size));
    }
  }
  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }
  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }
  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }
  getReader(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    u.validateObject(options, 'options', u.kAllowObjectsAndNull);
    const mode = options?.mode;
    // eslint-disable-next-line no-use-before-define
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw u.invalidArgValue('options.mode', mode);
    // eslint-disable-next-line no-use-before-define
    return new ReadableStreamBYOBReader(this);
  }
  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw u.invalidArgType('transform.readable', ['ReadableStream'], readable);
    const writable = transform?.writable;
    if (!w.isWritableStream(writable)) throw u.invalidArgType('transform.writable', ['WritableStream'], writable);
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (w.isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort, !!preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }
  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      if (!w.isWritableStream(destination)) {
        throw u.invalidArgType('transform.writable', ['WritableStream'], destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (w.isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, !!preventClose, !!preventAbort, !!preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    // eslint-disable-next-line no-use-before-define
    if (this[kState].controller instanceof ReadableByteStreamController) return readableByteStreamTee(this);
    return readableStreamDefaultTee(this, false);
  }
  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    u.validateObject(options, 'options', u.kAllowObjectsAndNull);
    return readableStreamIterator(this, !!(options?.preventCancel));
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      // eslint-disable-next-line no-use-before-define
      supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  configurable: true, enumerable: false, writable: true, value: ReadableStream.prototype.values,
});
u.webClass(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream, 'from', { enumerable: true });

/** The options of pipeTo/pipeThrough, read one at a time in the order the spec's tests expect. */
function pipeOptions(options) {
  u.validateObject(options, 'options', u.kAllowObjectsAndNull);
  const preventAbort = options?.preventAbort;
  const preventCancel = options?.preventCancel;
  const preventClose = options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) u.validateAbortSignal(signal, 'options.signal');
  return { preventAbort, preventCancel, preventClose, signal };
}

// ---------------------------------------------------------------- async iteration
function readableStreamIterator(stream, preventCancel) {
  // eslint-disable-next-line no-use-before-define
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;

  function nextSteps() {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not bound to a ReadableStream'));
    }
    const promise = deferred();
    readableStreamDefaultReaderRead(reader, {
      [kChunk](chunk) {
        state.current = undefined;
        promise.resolve({ value: chunk, done: false });
      },
      [kClose]() {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        promise.resolve({ done: true, value: undefined });
      },
      [kError](error) {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        promise.reject(error);
      },
    });
    return promise.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamReaderGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readableStreamReaderGenericRelease(reader);
    return { done: true, value };
  }

  return Object.setPrototypeOf({
    next() {
      // Node delays the first read by one microtask (a resolved promise's then), so the
      // controller has started and pulled before the read lands.
      if (!started) {
        state.current = Promise.resolve();
        started = true;
      }
      state.current = state.current !== undefined ?
        then(state.current, nextSteps, nextSteps) :
        nextSteps();
      return state.current;
    },
    return(error) {
      started = true;
      state.current = state.current !== undefined ?
        then(state.current, () => returnSteps(error), () => returnSteps(error)) :
        returnSteps(error);
      return state.current;
    },
    [Symbol.asyncIterator]() { return this; },
  }, u.AsyncIterator);
}

// ---------------------------------------------------------------- BYOB request
class ReadableStreamBYOBRequest {
  constructor(skipThrowSymbol = undefined) {
    this[kType] = 'ReadableStreamBYOBRequest';
    if (skipThrowSymbol !== kSkipThrow) throw u.illegalConstructor();
  }
  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }
  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (view.buffer.byteLength === 0) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, bytesWritten);
  }
  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw u.invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    readableByteStreamControllerRespondWithNewView(controller, view);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], { view: this.view, controller: this[kState].controller });
  }
}
u.webClass(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

function createReadableStreamBYOBRequest(controller, view) {
  const request = new ReadableStreamBYOBRequest(kSkipThrow);
  request[kState] = { controller, view };
  return request;
}

// ---------------------------------------------------------------- readers
class DefaultReadRequest {
  constructor() { this[kState] = deferred(); }
  [kChunk](value) { this[kState].resolve?.({ value, done: false }); }
  [kClose]() { this[kState].resolve?.({ value: undefined, done: true }); }
  [kError](error) { this[kState].reject?.(error); }
  get promise() { return this[kState].promise; }
}

class ReadIntoRequest {
  constructor() { this[kState] = deferred(); }
  [kChunk](value) { this[kState].resolve?.({ value, done: false }); }
  [kClose](value) { this[kState].resolve?.({ value, done: true }); }
  [kError](error) { this[kState].reject?.(error); }
  get promise() { return this[kState].promise; }
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    this[kType] = 'ReadableStreamDefaultReader';
    if (!isReadableStream(stream)) throw u.invalidArgType('stream', ['ReadableStream'], stream);
    this[kState] = { readRequests: [], stream: undefined, close: u.emptyRecord() };
    setupReadableStreamDefaultReader(this, stream);
  }
  read() {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const readRequest = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, readRequest);
    return readRequest.promise;
  }
  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    readableStreamDefaultReaderErrorReadRequests(this, readableReleasingError());
  }
  get closed() {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    return this[kState].close.promise;
  }
  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}
u.webClass(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);

class ReadableStreamBYOBReader {
  constructor(stream) {
    this[kType] = 'ReadableStreamBYOBReader';
    if (!isReadableStream(stream)) throw u.invalidArgType('stream', ['ReadableStream'], stream);
    this[kState] = { stream: undefined, readIntoRequests: [], close: u.emptyRecord() };
    setupReadableStreamBYOBReader(this, stream);
  }
  async read(view, options = {}) {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (!ArrayBuffer.isView(view)) throw u.invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    u.validateObject(options, 'options', u.kAllowObjectsAndNull);
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const min = options?.min ?? 1;
    if (typeof min !== 'number') throw u.invalidArgType('options.min', ['number'], min);
    if (!Number.isInteger(min)) throw u.invalidArgValue('options.min', min, 'must be an integer');
    if (min <= 0) throw u.invalidArgValue('options.min', min, 'must be greater than 0');
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) {
      throw internals['streams/core'].streamError('ERR_OUT_OF_RANGE', 'options.min',
        view instanceof DataView ? '<= view.byteLength' : '<= view.length', min);
    }
    if (this[kState].stream === undefined) throw invalidState('The reader is not attached to a stream');
    const readIntoRequest = new ReadIntoRequest();
    readableStreamBYOBReaderRead(this, view, min, readIntoRequest);
    return readIntoRequest.promise;
  }
  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    const requests = this[kState].readIntoRequests;
    this[kState].readIntoRequests = [];
    for (const request of requests) request[kError](readableReleasingError());
  }
  get closed() {
    if (!isReadableStreamBYOBReader(this)) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].close.promise;
  }
  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}
u.webClass(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);

// ---------------------------------------------------------------- controllers
class ReadableStreamDefaultController {
  constructor(skipThrowSymbol = undefined) {
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
    if (skipThrowSymbol !== kSkipThrow) throw u.illegalConstructor();
  }
  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(this);
  }
  close() {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerClose(this);
  }
  enqueue(chunk = undefined) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    readableStreamDefaultControllerEnqueue(this, chunk);
  }
  error(error = undefined) {
    readableStreamDefaultControllerError(this, error);
  }
  [kCancel](reason) {
    return readableStreamDefaultControllerCancelSteps(this, reason);
  }
  [kPull](readRequest) {
    readableStreamDefaultControllerPullSteps(this, readRequest);
  }
  [kRelease]() {}
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {});
  }
}
u.webClass(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

class ReadableByteStreamController {
  constructor(skipThrowSymbol = undefined) {
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
    if (skipThrowSymbol !== kSkipThrow) throw u.illegalConstructor();
  }
  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].byobRequest === null && this[kState].pendingPullIntos.length) {
      const { buffer, byteOffset, bytesFilled, byteLength } = this[kState].pendingPullIntos[0];
      const view = new Uint8Array(buffer, byteOffset + bytesFilled, byteLength - bytesFilled);
      this[kState].byobRequest = createReadableStreamBYOBRequest(this, view);
    }
    return this[kState].byobRequest;
  }
  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }
  close() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }
  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw u.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }
  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }
  [kCancel](reason) {
    return readableByteStreamControllerCancelSteps(this, reason);
  }
  [kPull](readRequest) {
    readableByteStreamControllerPullSteps(this, readRequest);
  }
  [kRelease]() {
    const { pendingPullIntos } = this[kState];
    if (pendingPullIntos.length > 0) {
      const first = pendingPullIntos[0];
      first.type = 'none';
      this[kState].pendingPullIntos = [first];
    }
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {});
  }
}
u.webClass(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

// Node's InternalReadableStream and InternalReadableByteStream: streams made from algorithms
// (tee's branches, from(), TransformStream's side), whose prototypes sit between them and
// ReadableStream.prototype, with an own `constructor` set to ReadableStream "for spec compliance".
function InternalReadableStream() {}
Object.setPrototypeOf(InternalReadableStream.prototype, ReadableStream.prototype);
Object.setPrototypeOf(InternalReadableStream, ReadableStream);
function InternalReadableByteStream() {}
Object.setPrototypeOf(InternalReadableByteStream.prototype, ReadableStream.prototype);
Object.setPrototypeOf(InternalReadableByteStream, ReadableStream);

function internalStream(prototype) {
  const stream = Object.create(prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = createReadableStreamState();
  stream[kIsClosedPromise] = deferred();
  stream[kControllerErrorFunction] = () => {};
  return stream;
}

/** A ReadableStream made from algorithms. */
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = internalStream(InternalReadableStream.prototype);
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  stream.constructor = ReadableStream;
  return stream;
}

/** A byte stream made from algorithms: its pull and cancel are called as they are, with no
 * promise wrapper (a user's source's go through createPromiseCallback's async function). */
function createReadableByteStream(start, pull, cancel) {
  const stream = internalStream(InternalReadableByteStream.prototype);
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupReadableByteStreamController(stream, controller, start, pull, cancel, 0, undefined);
  stream.constructor = ReadableStream;
  return stream;
}

function createReadableStreamState() {
  return { __proto__: null, disturbed: false, reader: undefined, state: 'readable', storedError: undefined };
}

function readableStreamFromIterable(iterable) {
  let stream;
  const iteratorRecord = u.getIterator(iterable, 'async');
  async function pullAlgorithm() {
    const nextResult = u.iteratorNext(iteratorRecord);
    return then(Promise.resolve(nextResult), (iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) readableStreamDefaultControllerClose(stream[kState].controller);
      else readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
    });
  }
  async function cancelAlgorithm(reason) {
    const iterator = iteratorRecord.iterator;
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return Promise.resolve();
    const returnResult = returnMethod.call(iterator, reason);
    return then(Promise.resolve(returnResult), (iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }
  stream = createReadableStream(u.nonOpStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ---------------------------------------------------------------- pipeTo
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  let removeAbortListener;
  try {
    // eslint-disable-next-line no-use-before-define
    reader = new ReadableStreamDefaultReader(source);
    writer = new w.WritableStreamDefaultWriter(dest);
  } catch (error) {
    return Promise.reject(error);
  }
  source[kState].disturbed = true;
  let shuttingDown = false;
  const promise = deferred();
  const state = { currentWrite: Promise.resolve() };

  function finalize(rejected, error) {
    w.writableStreamDefaultWriterRelease(writer);
    readableStreamReaderGenericRelease(reader);
    if (signal !== undefined) removeAbortListener?.();
    if (rejected) promise.reject(error);
    else promise.resolve();
  }
  async function waitForCurrentWrite() {
    const write = state.currentWrite;
    await write;
    if (write !== state.currentWrite) await waitForCurrentWrite();
  }
  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => then(action(), () => finalize(rejected, originalError), (error) => finalize(true, error));
    if (dest[kState].state === 'writable' && !w.writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForCurrentWrite(), complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }
  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !w.writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForCurrentWrite(), () => finalize(rejected, error), (error) => finalize(true, error));
      return;
    }
    finalize(rejected, error);
  }
  function abortAlgorithm() {
    let error;
    if (signal.reason instanceof core.AbortError) error = new (internals.bufferGlobal('DOMException'))(signal.reason.message, 'AbortError');
    else error = signal.reason;
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ? w.writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => u.safePromiseAll(actions, (action) => action()), true, error);
  }
  function watchErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else then(promise, undefined, action);
  }
  function watchClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else then(promise, action, () => {});
  }
  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const read = deferred();
    readableStreamDefaultReaderRead(reader, {
      [kChunk](chunk) {
        state.currentWrite = w.writableStreamDefaultWriterWrite(writer, chunk);
        setPromiseHandled(state.currentWrite);
        read.resolve(false);
      },
      [kClose]() { read.resolve(true); },
      [kError](error) { read.reject(error); },
    });
    return read.promise;
  }
  async function run() {
    // eslint-disable-next-line no-empty
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    removeAbortListener = core.addAbortListener(signal, abortAlgorithm);
  }
  setPromiseHandled(run());
  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) return shutdownWithAnAction(() => w.writableStreamAbort(dest, error), true, error);
    shutdown(true, error);
  });
  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) return shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    shutdown(true, error);
  });
  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) {
      return shutdownWithAnAction(() => w.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    }
    shutdown();
  });
  if (w.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  return promise.promise;
}

// ---------------------------------------------------------------- tee
// A default stream's tee: both branches get the same chunks.
function readableStreamDefaultTee(stream, cloneForBranch2) {
  // eslint-disable-next-line no-use-before-define
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  async function pullAlgorithm() {
    if (reading) return;
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      [kChunk](value) {
        // Node: a microtask, so the read that delivered the chunk settles first.
        queueMicrotask(() => {
          reading = false;
          const value1 = value;
          let value2 = value;
          if (!canceled2 && cloneForBranch2) value2 = structuredClone(value2);
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value2);
        });
      },
      [kClose]() {
        // Node closes the branches on a process.nextTick (not in the spec).
        internals.nextTickAs('stream', () => {
          reading = false;
          if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve();
        });
      },
      [kError]() {
        reading = false;
      },
    });
  }
  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  branch1 = createReadableStream(u.nonOpStart, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(u.nonOpStart, pullAlgorithm, cancel2Algorithm);
  then(reader[kState].close.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// The second branch of a byte stream's tee gets its own copy of each chunk.
function cloneAsUint8Array(view) {
  const { buffer, byteOffset, byteLength } = view;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

// ReadableByteStreamTee, as Node 20 has it: the branches are byte streams (made from the
// algorithms, as createReadableByteStream makes them: a pull's promise is its own), a
// branch with a BYOB request reads the source through a BYOB reader into that request's view,
// and the other branch gets a copy. Unlike the default tee, closing is not deferred to a tick.
function readableByteStreamTee(stream) {
  // eslint-disable-next-line no-use-before-define
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = deferred();

  function forwardReaderError(thisReader) {
    then(thisReader[kState].close.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelDeferred.resolve();
    });
  }

  // Both branches saw the chunk (or one was cancelled): a pull that came meanwhile runs now.
  function readDone() {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function failBoth(error) {
    readableByteStreamControllerError(branch1[kState].controller, error);
    readableByteStreamControllerError(branch2[kState].controller, error);
    cancelDeferred.resolve(readableStreamCancel(stream, error));
  }

  function pullWithDefaultReader() {
    // eslint-disable-next-line no-use-before-define
    if (reader instanceof ReadableStreamBYOBReader) {
      readableStreamReaderGenericRelease(reader);
      // eslint-disable-next-line no-use-before-define
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              failBoth(error);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          readDone();
        });
      },
      [kClose]() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelDeferred.resolve();
      },
      [kError]() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    // eslint-disable-next-line no-use-before-define
    if (reader instanceof ReadableStreamDefaultReader) {
      readableStreamReaderGenericRelease(reader);
      // eslint-disable-next-line no-use-before-define
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 === true ? branch2 : branch1;
    const otherBranch = forBranch2 === false ? branch2 : branch1;
    readableStreamBYOBReaderRead(reader, view, 1, {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 === true ? canceled2 : canceled1;
          const otherCanceled = forBranch2 === false ? canceled2 : canceled1;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              failBoth(error);
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          readDone();
        });
      },
      [kClose](chunk) {
        reading = false;
        const byobCanceled = forBranch2 === true ? canceled2 : canceled1;
        const otherCanceled = forBranch2 === false ? canceled2 : canceled1;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelDeferred.resolve();
      },
      [kError]() {
        reading = false;
      },
    });
  }

  function pullBranch(branch, forBranch2) {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = branch[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, forBranch2);
    return Promise.resolve();
  }
  function pull1Algorithm() {
    return pullBranch(branch1, false);
  }
  function pull2Algorithm() {
    return pullBranch(branch2, true);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  branch1 = createReadableByteStream(u.nonOpStart, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(u.nonOpStart, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---------------------------------------------------------------- stream abstract operations
function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      return Promise.resolve();
    case 'errored':
      return Promise.reject(stream[kState].storedError);
  }
  readableStreamClose(stream);
  const { reader } = stream[kState];
  if (reader !== undefined && readableStreamHasBYOBReader(stream)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request[kClose]();
  }
  return then(stream[kState].controller[kCancel](reason), () => {});
}

function readableStreamClose(stream) {
  stream[kState].state = 'closed';
  stream[kIsClosedPromise].resolve();
  const { reader } = stream[kState];
  if (reader === undefined) return;
  reader[kState].close.resolve?.();
  if (readableStreamHasDefaultReader(stream)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request[kClose]();
  }
}

function readableStreamError(stream, error) {
  stream[kState].state = 'errored';
  stream[kState].storedError = error;
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(error);
  const { reader } = stream[kState];
  if (reader === undefined) return;
  setPromiseHandled(reader[kState].close.promise);
  reader[kState].close.reject?.(error);
  if (readableStreamHasDefaultReader(stream)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request[kError](error);
  }
}

function readableStreamHasDefaultReader(stream) {
  const { reader } = stream[kState];
  return reader !== undefined && reader[kType] === 'ReadableStreamDefaultReader';
}
function readableStreamHasBYOBReader(stream) {
  const { reader } = stream[kState];
  return reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader';
}
function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}
function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}
function readableStreamFulfillReadRequest(stream, chunk, done) {
  const readRequest = stream[kState].reader[kState].readRequests.shift();
  if (done) readRequest[kClose]();
  else readRequest[kChunk](chunk);
}
function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest[kClose](chunk);
  else readIntoRequest[kChunk](chunk);
}
function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      reader[kState].close = deferred();
      break;
    case 'closed':
      reader[kState].close = settledRecord(Promise.resolve());
      break;
    case 'errored':
      reader[kState].close = settledRecord(Promise.reject(stream[kState].storedError));
      setPromiseHandled(reader[kState].close.promise);
      break;
  }
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request[kError](e);
}

function readableStreamReaderGenericRelease(reader) {
  const { stream } = reader[kState];
  const releasedStateError = readableReleasedError();
  if (stream[kState].state === 'readable') reader[kState].close.reject?.(releasedStateError);
  else reader[kState].close = settledRecord(Promise.reject(releasedStateError));
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest[kError](stream[kState].storedError);
    return;
  }
  readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      readRequest[kClose]();
      break;
    case 'errored':
      readRequest[kError](stream[kState].storedError);
      break;
    case 'readable':
      stream[kState].controller[kPull](readRequest);
  }
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  if (!isReadableByteStreamController(stream[kState].controller)) {
    throw u.invalidArgValue('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}
function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

// ---------------------------------------------------------------- default controller
function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  controller[kState].closeRequested = true;
  if (!controller[kState].queue.length) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller[kState].stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const { stream } = controller[kState];
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream)) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      const chunkSize = controller[kState].sizeAlgorithm.call(undefined, chunk);
      u.enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}
function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return !controller[kState].closeRequested && controller[kState].stream[kState].state === 'readable';
}
function readableStreamDefaultControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}
function readableStreamDefaultControllerShouldCallPull(controller) {
  const { stream } = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !controller[kState].started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream)) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerCancelSteps(controller, reason) {
  u.resetQueue(controller);
  const result = controller[kState].cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function readableStreamDefaultControllerPullSteps(controller, readRequest) {
  const { stream, queue } = controller[kState];
  if (queue.length) {
    const chunk = u.dequeueValue(controller);
    if (controller[kState].closeRequested && !queue.length) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest[kChunk](chunk);
    return;
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  u.resetQueue(controller);
  const result = controller[kState].cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  then(
    controller[kState].pullAlgorithm(controller),
    function pullAgainAfterPull() {
      controller[kState].pulling = false;
      if (controller[kState].pullAgain) {
        controller[kState].pullAgain = false;
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state === 'readable') {
    u.resetQueue(controller);
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamError(stream, error);
  }
}

function setupReadableStreamDefaultController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    cancelAlgorithm,
    closeRequested: false,
    highWaterMark,
    pullAgain: false,
    pullAlgorithm,
    pulling: false,
    queue: [],
    queueTotalSize: 0,
    started: false,
    sizeAlgorithm,
    stream,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  const startResult = startAlgorithm();
  // As Node: a promise from start() is adopted (two more microtasks) before the first pull.
  then(
    new Promise((r) => r(startResult)),
    function pullAfterStart() {
      controller[kState].started = true;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    },
    (error) => readableStreamDefaultControllerError(controller, error));
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const startAlgorithm = start ? start.bind(source, controller) : u.nonOpStart;
  const pullAlgorithm = pull ? u.createPromiseCallback('source.pull', pull, source) : u.nonOpPull;
  const cancelAlgorithm = cancel ? u.createPromiseCallback('source.cancel', cancel, source) : u.nonOpCancel;
  setupReadableStreamDefaultController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

// ---------------------------------------------------------------- byte controller
// ArrayBuffer transfer: the spec detaches the caller's buffer.
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return buffer;
}

function readableByteStreamControllerClose(controller) {
  const { closeRequested, pendingPullIntos, queueTotalSize, stream } = controller[kState];
  if (closeRequested || stream[kState].state !== 'readable') return;
  if (queueTotalSize) {
    controller[kState].closeRequested = true;
    return;
  }
  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.type === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const { buffer, bytesFilled, byteLength, byteOffset, ctor, elementSize } = desc;
  if (bytesFilled > byteLength) throw invalidState('The buffer size is invalid', RangeError);
  const transferredBuffer = transferArrayBuffer(buffer);
  const Buffer = internals.loadBuiltin('buffer').Buffer;
  if (ctor === Buffer) return Buffer.from(transferredBuffer, byteOffset, bytesFilled / elementSize);
  return new ctor(transferredBuffer, byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  if (controller[kState].byobRequest === null) return;
  controller[kState].byobRequest[kState].controller = undefined;
  controller[kState].byobRequest[kState].view = null;
  controller[kState].byobRequest = null;
}
function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}
function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}
function readableByteStreamControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}
function readableByteStreamControllerShouldCallPull(controller) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable' || controller[kState].closeRequested || !controller[kState].started) {
    return false;
  }
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}
function readableByteStreamControllerHandleQueueDrain(controller) {
  const { closeRequested, queueTotalSize, stream } = controller[kState];
  if (!queueTotalSize && closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(stream);
    return;
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const { closeRequested, stream, pendingPullIntos } = controller[kState];
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const { buffer, byteOffset, byteLength } = view;
  const bufferByteLength = buffer.byteLength;
  let transferredBuffer;
  try {
    transferredBuffer = transferArrayBuffer(buffer);
  } catch (error) {
    readIntoRequest[kError](error);
    return;
  }
  const desc = {
    buffer: transferredBuffer, bufferByteLength, byteOffset, byteLength, bytesFilled: 0, minimumFill,
    elementSize, ctor, type: 'byob',
  };
  if (pendingPullIntos.length) {
    pendingPullIntos.push(desc);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest[kClose](new ctor(desc.buffer, byteOffset, 0));
    return;
  }
  if (controller[kState].queueTotalSize) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest[kChunk](filledView);
      return;
    }
    if (closeRequested) {
      const error = invalidState('ReadableStream closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest[kError](error);
      return;
    }
  }
  pendingPullIntos.push(desc);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (stream[kState].state === 'closed') {
    if (bytesWritten) throw invalidState('Controller is closed but view is not zero-length');
    readableByteStreamControllerRespondInClosedState(controller, desc);
  } else {
    if (!bytesWritten) throw invalidState('View cannot be zero-length');
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const { pendingPullIntos, stream } = controller[kState];
  const desc = pendingPullIntos[0];
  if (stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw u.invalidArgValue('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw u.invalidArgValue('bytesWritten', bytesWritten);
    if ((desc.bytesFilled + bytesWritten) > desc.byteLength) {
      throw u.invalidArgValue('bytesWritten', bytesWritten, undefined, RangeError);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, desc) {
  if (desc.type === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const { stream } = controller[kState];
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      readableByteStreamControllerCommitPullIntoDescriptor(
        stream, readableByteStreamControllerShiftPendingPullInto(controller));
    }
  }
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const { closeRequested, pendingPullIntos, stream } = controller[kState];
  const { buffer, byteOffset, byteLength } = chunk;
  if (closeRequested || stream[kState].state !== 'readable') return;
  const transferredBuffer = transferArrayBuffer(buffer);
  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.type === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (!readableStreamGetNumReadRequests(stream)) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller[kState].pendingPullIntos.length) readableByteStreamControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  const { buffer, byteOffset, bytesFilled } = desc;
  if (bytesFilled > 0) {
    let cloneResult;
    try {
      cloneResult = buffer.slice(byteOffset, byteOffset + bytesFilled);
    } catch (error) {
      readableByteStreamControllerError(controller, error);
      throw error;
    }
    readableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const { buffer, byteLength, byteOffset, bytesFilled, minimumFill, elementSize } = desc;
  const maxBytesToCopy = Math.min(controller[kState].queueTotalSize, byteLength - bytesFilled);
  const maxBytesFilled = bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes >= minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - bytesFilled;
    ready = true;
  }
  const { queue } = controller[kState];
  while (totalBytesToCopyRemaining) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = byteOffset + desc.bytesFilled;
    if (buffer.byteLength - destStart < bytesToCopy) throw invalidState('view ArrayBuffer size is invalid', RangeError);
    new Uint8Array(buffer, destStart, bytesToCopy).set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller[kState].queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const { pendingPullIntos, stream } = controller[kState];
  while (pendingPullIntos.length) {
    if (!controller[kState].queueTotalSize) return;
    const desc = pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  const { buffer, bytesFilled, byteLength, type } = desc;
  if (bytesFilled + bytesWritten > byteLength) throw invalidState('The buffer size is invalid', RangeError);
  desc.bytesFilled += bytesWritten;
  if (type === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize) {
    const end = desc.byteOffset + desc.bytesFilled;
    const remainder = buffer.slice(end - remainderSize, end);
    readableByteStreamControllerEnqueueChunkToQueue(controller, remainder, 0, remainder.byteLength);
  }
  desc.bytesFilled -= remainderSize;
  readableByteStreamControllerCommitPullIntoDescriptor(controller[kState].stream, desc);
  readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  if (stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw invalidState('View is zero-length');
  }
  if (desc.byteOffset + desc.bytesFilled !== view.byteOffset ||
      desc.bytesFilled + view.byteLength > desc.byteLength ||
      desc.bufferByteLength !== view.buffer.byteLength) {
    throw u.invalidArgValue('view', view, undefined, RangeError);
  }
  desc.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, view.byteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  then(
    controller[kState].pullAlgorithm(controller),
    () => {
      controller[kState].pulling = false;
      if (controller[kState].pullAgain) {
        controller[kState].pullAgain = false;
        readableByteStreamControllerCallPullIfNeeded(controller);
      }
    },
    (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  u.resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const { buffer, byteOffset, byteLength } = controller[kState].queue.shift();
  controller[kState].queueTotalSize -= byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest[kChunk](new Uint8Array(buffer, byteOffset, byteLength));
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const { stream, queueTotalSize } = controller[kState];
  const { reader } = stream[kState];
  while (reader[kState].readRequests.length > 0) {
    if (queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function readableByteStreamControllerPullSteps(controller, readRequest) {
  const { pendingPullIntos, queueTotalSize, stream } = controller[kState];
  if (queueTotalSize) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const { autoAllocateChunkSize } = controller[kState];
  if (autoAllocateChunkSize !== undefined) {
    try {
      const buffer = new ArrayBuffer(autoAllocateChunkSize);
      pendingPullIntos.push({
        buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0, byteLength: autoAllocateChunkSize,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, ctor: Uint8Array, type: 'default',
      });
    } catch (error) {
      readRequest[kError](error);
      return;
    }
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const autoAllocateChunkSize = source?.autoAllocateChunkSize;
  const startAlgorithm = start ? start.bind(source, controller) : u.nonOpStart;
  const pullAlgorithm = pull ? u.createPromiseCallback('source.pull', pull, source) : u.nonOpPull;
  const cancelAlgorithm = cancel ? u.createPromiseCallback('source.cancel', cancel, source) : u.nonOpCancel;
  if (autoAllocateChunkSize === 0) {
    throw u.invalidArgValue('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setupReadableByteStreamController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
}

function setupReadableByteStreamController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize,
) {
  controller[kState] = {
    byobRequest: null,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    started: false,
    stream,
    queue: [],
    queueTotalSize: 0,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  then(
    new Promise((r) => r(startResult)),
    () => {
      controller[kState].started = true;
      readableByteStreamControllerCallPullIfNeeded(controller);
    },
    (error) => readableByteStreamControllerError(controller, error));
}

return {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableStreamDefaultController, ReadableByteStreamController,
  isReadableStream, isReadableStreamLocked, createReadableStream, readableStreamCancel,
  readableStreamDefaultControllerClose, readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError, readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure, readableStreamDefaultControllerCanCloseOrEnqueue,
};
