//! `WritableStream`, its default writer and controller (registered as
//! `internal/webstreams/writable`): Node 20's `lib/internal/webstreams/writablestream.js`, the
//! WHATWG algorithms with Node's promise plumbing, so every write, close and abort settles on
//! the microtask Node's does.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const u = internals['webstreams/util'];
const {
  kState, kType, kInspect, kIsClosedPromise, kControllerErrorFunction, invalidState, invalidThis,
  deferred, settledRecord, emptyRecord, isPromisePending, setPromiseHandled,
} = u;

const kAbort = Symbol('kAbort');
const kCloseSentinel = Symbol('kCloseSentinel');
const kError = Symbol('kError');
const kSkipThrow = Symbol('kSkipThrow');

let releasedError;
function writableReleasedError() {
  releasedError ??= invalidState('Writer has been released');
  return releasedError;
}

const isWritableStream = u.isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = u.isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = u.isBrandCheck('WritableStreamDefaultController');

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    this[kType] = 'WritableStream';
    u.validateObject(sink, 'sink', u.kAllowObjects);
    u.validateObject(strategy, 'strategy', u.kAllowObjectsAndNull);
    const type = sink?.type;
    if (type !== undefined) throw u.invalidArgValue('type', type, undefined, RangeError);
    this[kState] = createWritableStreamState();
    this[kIsClosedPromise] = deferred();
    this[kControllerErrorFunction] = () => {};
    const size = u.extractSizeAlgorithm(strategy?.size);
    const highWaterMark = u.extractHighWaterMark(strategy?.highWaterMark, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }
  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableStreamLocked(this);
  }
  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }
  close() {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }
  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    // eslint-disable-next-line no-use-before-define
    return new WritableStreamDefaultWriter(this);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], { locked: this.locked, state: this[kState].state });
  }
}
u.webClass(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

class WritableStreamDefaultWriter {
  constructor(stream) {
    this[kType] = 'WritableStreamDefaultWriter';
    if (!isWritableStream(stream)) throw u.invalidArgType('stream', ['WritableStream'], stream);
    this[kState] = { stream: undefined, close: emptyRecord(), ready: emptyRecord() };
    setupWritableStreamDefaultWriter(this, stream);
  }
  get closed() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].close.promise;
  }
  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }
  get ready() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }
  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }
  close() {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamDefaultWriterClose(this);
  }
  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }
  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this.desiredSize,
    });
  }
}
u.webClass(WritableStreamDefaultWriter, ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write']);

class WritableStreamDefaultController {
  constructor(skipThrowSymbol = undefined) {
    this[kType] = 'WritableStreamDefaultController';
    if (skipThrowSymbol !== kSkipThrow) throw u.illegalConstructor();
  }
  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }
  [kError]() {
    u.resetQueue(this);
  }
  get signal() {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }
  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}
u.webClass(WritableStreamDefaultController, ['signal', 'error']);

/** A WritableStream made from algorithms (TransformStream's writable side). */
function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  stream[kState] = createWritableStreamState();
  stream[kIsClosedPromise] = deferred();
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(stream, controller, start, write, close, abort, highWaterMark, size);
  return stream;
}

function createWritableStreamState() {
  return {
    __proto__: null,
    close: deferred(),
    closeRequest: emptyRecord(),
    inFlightWriteRequest: emptyRecord(),
    inFlightCloseRequest: emptyRecord(),
    pendingAbortRequest: { __proto__: null, abort: emptyRecord(), reason: undefined, wasAlreadyErroring: false },
    backpressure: false,
    controller: undefined,
    state: 'writable',
    storedError: undefined,
    writeRequests: [],
    writer: undefined,
  };
}
function noAbortRequest() {
  return { abort: emptyRecord(), reason: undefined, wasAlreadyErroring: false };
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function setupWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  writer[kState].stream = stream;
  stream[kState].writer = writer;
  switch (stream[kState].state) {
    case 'writable':
      writer[kState].ready = !writableStreamCloseQueuedOrInFlight(stream) && stream[kState].backpressure ?
        deferred() : settledRecord(Promise.resolve());
      writer[kState].close = deferred();
      break;
    case 'erroring':
      writer[kState].ready = settledRecord(Promise.reject(stream[kState].storedError));
      setPromiseHandled(writer[kState].ready.promise);
      writer[kState].close = deferred();
      break;
    case 'closed':
      writer[kState].ready = settledRecord(Promise.resolve());
      writer[kState].close = settledRecord(Promise.resolve());
      break;
    default:
      writer[kState].ready = settledRecord(Promise.reject(stream[kState].storedError));
      writer[kState].close = settledRecord(Promise.reject(stream[kState].storedError));
      setPromiseHandled(writer[kState].ready.promise);
      setPromiseHandled(writer[kState].close.promise);
  }
}

function writableStreamAbort(stream, reason) {
  const { state, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  controller[kState].abortController.abort(reason);
  if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
    return stream[kState].pendingAbortRequest.abort.promise;
  }
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const abort = deferred();
  stream[kState].pendingAbortRequest = { abort, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return abort.promise;
}

function writableStreamClose(stream) {
  const { state, writer, backpressure, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  stream[kState].closeRequest = deferred();
  const { promise } = stream[kState].closeRequest;
  if (writer !== undefined && backpressure && state === 'writable') writer[kState].ready.resolve?.();
  writableStreamDefaultControllerClose(controller);
  return promise;
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const { writer } = stream[kState];
  if (writer !== undefined && stream[kState].backpressure !== backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve?.();
  }
  stream[kState].backpressure = backpressure;
}

function writableStreamStartErroring(stream, reason) {
  const { controller, writer } = stream[kState];
  stream[kState].state = 'erroring';
  stream[kState].storedError = reason;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream[kState].closeRequest.promise !== undefined) {
    stream[kState].closeRequest.reject?.(stream[kState].storedError);
    stream[kState].closeRequest = emptyRecord();
  }
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(stream[kState]?.storedError);
  const { writer } = stream[kState];
  if (writer !== undefined) {
    setPromiseHandled(writer[kState].close.promise);
    writer[kState].close.reject?.(stream[kState].storedError);
  }
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
}
function writableStreamMarkCloseRequestInFlight(stream) {
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = emptyRecord();
}
function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest.promise !== undefined ||
    stream[kState].inFlightCloseRequest.promise !== undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject?.(error);
  stream[kState].inFlightWriteRequest = emptyRecord();
  writableStreamDealWithRejection(stream, error);
}
function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve?.();
  stream[kState].inFlightWriteRequest = emptyRecord();
}
function writableStreamFinishInFlightCloseWithError(stream, error) {
  stream[kState].inFlightCloseRequest.reject?.(error);
  stream[kState].inFlightCloseRequest = emptyRecord();
  if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
    stream[kState].pendingAbortRequest.abort.reject?.(error);
    stream[kState].pendingAbortRequest = noAbortRequest();
  }
  writableStreamDealWithRejection(stream, error);
}
function writableStreamFinishInFlightClose(stream) {
  stream[kState].inFlightCloseRequest.resolve?.();
  stream[kState].inFlightCloseRequest = emptyRecord();
  if (stream[kState].state === 'erroring') {
    stream[kState].storedError = undefined;
    if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
      stream[kState].pendingAbortRequest.abort.resolve?.();
      stream[kState].pendingAbortRequest = noAbortRequest();
    }
  }
  stream[kState].state = 'closed';
  if (stream[kState].writer !== undefined) stream[kState].writer[kState].close.resolve?.();
  stream[kIsClosedPromise].resolve?.();
}

function writableStreamFinishErroring(stream) {
  stream[kState].state = 'errored';
  stream[kState].controller[kError]();
  const storedError = stream[kState].storedError;
  for (const request of stream[kState].writeRequests) request.reject?.(storedError);
  stream[kState].writeRequests = [];
  if (stream[kState].pendingAbortRequest.abort.promise === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = stream[kState].pendingAbortRequest;
  stream[kState].pendingAbortRequest = noAbortRequest();
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.abort.reject?.(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  Promise.prototype.then.call(
    stream[kState].controller[kAbort](abortRequest.reason),
    () => {
      abortRequest.abort.resolve?.();
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    },
    (error) => {
      abortRequest.abort.reject?.(error);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest.promise !== undefined ||
    stream[kState].inFlightCloseRequest.promise !== undefined;
}

function writableStreamAddWriteRequest(stream) {
  const request = deferred();
  stream[kState].writeRequests.push(request);
  return request.promise;
}

function writableStreamDefaultWriterClose(writer) {
  return writableStreamClose(writer[kState].stream);
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const { stream } = writer[kState];
  const { controller } = stream[kState];
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(invalidState('Mismatched WritableStreams'));
  const { state } = stream[kState];
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writableStreamDefaultWriterRelease(writer) {
  const { stream } = writer[kState];
  const releasedStateError = writableReleasedError();
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedStateError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedStateError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const { stream } = writer[kState];
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
  }
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (isPromisePending(writer[kState].ready)) writer[kState].ready.reject?.(error);
  else writer[kState].ready = settledRecord(Promise.reject(error));
  setPromiseHandled(writer[kState].ready.promise);
}
function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (isPromisePending(writer[kState].close)) writer[kState].close.reject?.(error);
  else writer[kState].close = settledRecord(Promise.reject(error));
  setPromiseHandled(writer[kState].close.promise);
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const { stream } = writer[kState];
  const { state } = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    u.enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const { stream } = controller[kState];
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const { stream, writeAlgorithm } = controller[kState];
  writableStreamMarkFirstWriteRequestInFlight(stream);
  Promise.prototype.then.call(
    writeAlgorithm(chunk, controller),
    () => {
      writableStreamFinishInFlightWrite(stream);
      const { state } = stream[kState];
      u.dequeueValue(controller);
      if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
        writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
      }
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    },
    (error) => {
      if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
      writableStreamFinishInFlightWriteWithError(stream, error);
    });
}

function writableStreamDefaultControllerProcessClose(controller) {
  const { closeAlgorithm, stream } = controller[kState];
  writableStreamMarkCloseRequestInFlight(stream);
  u.dequeueValue(controller);
  const sinkClosePromise = closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  Promise.prototype.then.call(
    sinkClosePromise,
    () => writableStreamFinishInFlightClose(stream),
    (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const { sizeAlgorithm } = controller[kState];
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm.call(undefined, chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}
function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller[kState].stream, error);
}
function writableStreamDefaultControllerClose(controller) {
  u.enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}
function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].writeAlgorithm = undefined;
  controller[kState].closeAlgorithm = undefined;
  controller[kState].abortAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}
function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const { queue, started, stream } = controller[kState];
  if (!started || stream[kState].inFlightWriteRequest.promise !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (!queue.length) return;
  const value = u.peekQueueValue(controller);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const { start, write, close, abort } = sink ?? {};
  const startAlgorithm = start ? start.bind(sink, controller) : u.nonOpStart;
  const writeAlgorithm = write ? u.createPromiseCallback('sink.write', write, sink) : u.nonOpWrite;
  const closeAlgorithm = close ? u.createPromiseCallback('sink.close', close, sink) : u.nonOpCancel;
  const abortAlgorithm = abort ? u.createPromiseCallback('sink.abort', abort, sink) : u.nonOpCancel;
  setupWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function setupWritableStreamDefaultController(
  stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    abortAlgorithm,
    closeAlgorithm,
    highWaterMark,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    sizeAlgorithm,
    started: false,
    stream,
    writeAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  // `new Promise((r) => r(startResult))`, not Promise.resolve: a promise returned by start
  // costs the two extra microtasks of adopting a thenable, as in Node.
  Promise.prototype.then.call(
    new Promise((r) => r(startResult)),
    function advanceAfterStart() {
      controller[kState].started = true;
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    },
    (error) => {
      controller[kState].started = true;
      writableStreamDealWithRejection(stream, error);
    });
}

return {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  isWritableStream, isWritableStreamDefaultWriter, isWritableStreamDefaultController,
  isWritableStreamLocked, createWritableStream, writableStreamAbort, writableStreamClose,
  writableStreamCloseQueuedOrInFlight, writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease, writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
};
