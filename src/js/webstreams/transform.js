//! `TransformStream` and its controller, `TextEncoderStream` and `TextDecoderStream`
//! (registered as `internal/webstreams/transform`): Node 20's
//! `lib/internal/webstreams/transformstream.js` and `encoding.js` — a writable side whose sink
//! runs the transformer and a readable side whose pull releases the backpressure.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const u = internals['webstreams/util'];
const w = internals['webstreams/writable'];
const r = internals['webstreams/readable'];
const { kState, kType, kInspect, invalidState, invalidThis, deferred } = u;
const then = (promise, onFulfilled, onRejected) => Promise.prototype.then.call(promise, onFulfilled, onRejected);

const kSkipThrow = Symbol('kSkipThrow');
const isTransformStream = u.isBrandCheck('TransformStream');
const isTransformStreamDefaultController = u.isBrandCheck('TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    this[kType] = 'TransformStream';
    u.validateObject(transformer, 'transformer', u.kAllowObjects);
    u.validateObject(writableStrategy, 'writableStrategy', u.kAllowObjectsAndNull);
    u.validateObject(readableStrategy, 'readableStrategy', u.kAllowObjectsAndNull);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) {
      throw u.invalidArgValue('transformer.readableType', readableType, undefined, RangeError);
    }
    if (writableType !== undefined) {
      throw u.invalidArgValue('transformer.writableType', writableType, undefined, RangeError);
    }
    const readableHighWaterMark = readableStrategy?.highWaterMark;
    const readableSize = readableStrategy?.size;
    const writableHighWaterMark = writableStrategy?.highWaterMark;
    const writableSize = writableStrategy?.size;
    const actualReadableHighWaterMark = u.extractHighWaterMark(readableHighWaterMark, 0);
    const actualReadableSize = u.extractSizeAlgorithm(readableSize);
    const actualWritableHighWaterMark = u.extractHighWaterMark(writableHighWaterMark, 1);
    const actualWritableSize = u.extractSizeAlgorithm(writableSize);
    const startPromise = deferred();
    initializeTransformStream(
      this, startPromise, actualWritableHighWaterMark, actualWritableSize,
      actualReadableHighWaterMark, actualReadableSize);
    setupTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (start !== undefined) startPromise.resolve(start.call(transformer, this[kState].controller));
    else startPromise.resolve();
  }
  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }
  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}
u.webClass(TransformStream, ['readable', 'writable']);

class TransformStreamDefaultController {
  constructor(skipThrowSymbol = undefined) {
    this[kType] = 'TransformStreamDefaultController';
    if (skipThrowSymbol !== kSkipThrow) throw u.illegalConstructor();
  }
  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    const { readable } = this[kState].stream[kState];
    return r.readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }
  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }
  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }
  terminate() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}
u.webClass(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

async function defaultTransformAlgorithm(chunk, controller) {
  transformStreamDefaultControllerEnqueue(controller, chunk);
}

function initializeTransformStream(
  stream, startPromise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm) {
  const startAlgorithm = () => startPromise.promise;
  const writable = w.createWritableStream(
    startAlgorithm,
    function sinkWriteAlgorithm(chunk) {
      return transformStreamDefaultSinkWriteAlgorithm(stream, chunk);
    },
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSizeAlgorithm);
  const readable = r.createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSizeAlgorithm);
  stream[kState] = {
    __proto__: null,
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    backpressureChange: u.emptyRecord(),
  };
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  const { readable } = stream[kState];
  r.readableStreamDefaultControllerError(readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}
function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  const { controller, writable } = stream[kState];
  transformStreamDefaultControllerClearAlgorithms(controller);
  w.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}
function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}
function transformStreamSetBackpressure(stream, backpressure) {
  if (stream[kState].backpressureChange.promise !== undefined) stream[kState].backpressureChange.resolve?.();
  stream[kState].backpressureChange = deferred();
  stream[kState].backpressure = backpressure;
}

function setupTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const transform = transformer?.transform;
  const flush = transformer?.flush;
  const cancel = transformer?.cancel;
  const transformAlgorithm = transform ?
    u.createPromiseCallback('transformer.transform', transform, transformer) : defaultTransformAlgorithm;
  const flushAlgorithm = flush ? u.createPromiseCallback('transformer.flush', flush, transformer) : u.nonOpFlush;
  const cancelAlgorithm = cancel ? u.createPromiseCallback('transformer.cancel', cancel, transformer) : u.nonOpCancel;
  controller[kState] = { __proto__: null, stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm };
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  const readableController = readable[kState].controller;
  if (!r.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) throw invalidState('Unable to enqueue');
  try {
    r.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = r.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

async function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (error) {
    transformStreamError(controller[kState].stream, error);
    throw error;
  }
}

function transformStreamDefaultControllerTerminate(controller) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  r.readableStreamDefaultControllerClose(readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const { controller } = stream[kState];
  if (stream[kState].backpressure) {
    return then(stream[kState].backpressureChange.promise, function performAfterBackpressure() {
      const { writable } = stream[kState];
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

async function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = deferred();
  controller[kState].finishPromise = promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(
    cancelPromise,
    () => {
      if (readable[kState].state === 'errored') {
        reject(readable[kState].storedError);
      } else {
        r.readableStreamDefaultControllerError(readable[kState].controller, reason);
        resolve();
      }
    },
    (error) => {
      r.readableStreamDefaultControllerError(readable[kState].controller, error);
      reject(error);
    });
  return controller[kState].finishPromise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const { readable, controller } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = deferred();
  controller[kState].finishPromise = promise;
  const flushPromise = controller[kState].flushAlgorithm(controller);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(
    flushPromise,
    () => {
      if (readable[kState].state === 'errored') {
        reject(readable[kState].storedError);
      } else {
        r.readableStreamDefaultControllerClose(readable[kState].controller);
        resolve();
      }
    },
    (error) => {
      r.readableStreamDefaultControllerError(readable[kState].controller, error);
      reject(error);
    });
  return controller[kState].finishPromise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const { controller, writable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = deferred();
  controller[kState].finishPromise = promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(
    cancelPromise,
    () => {
      if (writable[kState].state === 'errored') {
        reject(writable[kState].storedError);
      } else {
        w.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
        transformStreamUnblockWrite(stream);
        resolve();
      }
    },
    (error) => {
      w.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
      transformStreamUnblockWrite(stream);
      reject(error);
    });
  return controller[kState].finishPromise;
}

// ---------------------------------------------------------------- encoding streams
const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');
const kPendingHighSurrogate = Symbol('kPendingHighSurrogate');

function encodingStreamGetter(klass, brand, name, read) {
  const descriptor = {
    enumerable: true,
    configurable: true,
    get() {
      if (typeof this?.[kHandle] !== 'object' || this?.[kType] !== brand) throw invalidThis(brand);
      return read(this);
    },
  };
  Object.defineProperty(klass.prototype, name, descriptor);
}

class TextEncoderStream {
  constructor() {
    this[kPendingHighSurrogate] = null;
    this[kType] = 'TextEncoderStream';
    this[kHandle] = new (internals.bufferGlobal('TextEncoder'))();
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        // A lone surrogate at a chunk's end waits for the next chunk (Encoding standard).
        chunk = String(chunk);
        let finalChunk = '';
        for (let i = 0; i < chunk.length; i++) {
          const item = chunk[i];
          const codeUnit = item.charCodeAt(0);
          if (this[kPendingHighSurrogate] !== null) {
            const highSurrogate = this[kPendingHighSurrogate];
            this[kPendingHighSurrogate] = null;
            if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
              finalChunk += highSurrogate + item;
              continue;
            }
            finalChunk += '\uFFFD';
          }
          if (codeUnit >= 0xD800 && codeUnit <= 0xDBFF) {
            this[kPendingHighSurrogate] = item;
            continue;
          }
          if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
            finalChunk += '\uFFFD';
            continue;
          }
          finalChunk += item;
        }
        if (finalChunk) controller.enqueue(this[kHandle].encode(finalChunk));
      },
      flush: (controller) => {
        if (this[kPendingHighSurrogate] !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, 'TextEncoderStream', {
      encoding: this[kHandle].encoding,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}
encodingStreamGetter(TextEncoderStream, 'TextEncoderStream', 'encoding', (s) => s[kHandle].encoding);
encodingStreamGetter(TextEncoderStream, 'TextEncoderStream', 'readable', (s) => s[kTransform].readable);
encodingStreamGetter(TextEncoderStream, 'TextEncoderStream', 'writable', (s) => s[kTransform].writable);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    this[kHandle] = new (internals.bufferGlobal('TextDecoder'))(encoding, options);
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        const value = this[kHandle].decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this[kHandle].decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }
  [kInspect](depth, options) {
    return u.customInspect(depth, options, 'TextDecoderStream', {
      encoding: this[kHandle].encoding,
      fatal: this[kHandle].fatal,
      ignoreBOM: this[kHandle].ignoreBOM,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  encodingStreamGetter(TextDecoderStream, 'TextDecoderStream', name, (s) => s[kHandle][name]);
}
encodingStreamGetter(TextDecoderStream, 'TextDecoderStream', 'readable', (s) => s[kTransform].readable);
encodingStreamGetter(TextDecoderStream, 'TextDecoderStream', 'writable', (s) => s[kTransform].writable);

return {
  TransformStream, TransformStreamDefaultController, isTransformStream, TextEncoderStream, TextDecoderStream,
  // The brand-checked getters of a stream pair that keeps its parts under kHandle/kTransform
  // (CompressionStream has the same shape).
  brandGetter: encodingStreamGetter, kHandle, kTransform,
};
