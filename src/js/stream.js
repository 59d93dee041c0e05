//! `node:stream` as Node 20's `lib/stream.js` assembles it: the legacy `Stream` function is the
//! module, with `Readable`, `Writable`, `Duplex`, `Transform`, `PassThrough`, `pipeline`,
//! `finished`, `addAbortSignal`, `compose`, `promises` and the helpers hung on it. The
//! machinery lives in `src/js/stream/*.js`.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const combinators = internals['streams/compose'];
const { Duplex, Transform, PassThrough, duplexPair } = internals['streams/duplex'];
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

const Stream = core.Stream;
Stream.isDestroyed = core.isDestroyed;
Stream.isDisturbed = core.isDisturbed;
Stream.isErrored = core.isErrored;
Stream.isReadable = core.isReadable;
Stream.isWritable = core.isWritable;
Stream.Readable = internals['streams/readable'];
// The operators (readable.map(), .toArray(), ...): non-enumerable methods, as Node adds them.
{
  const operators = internals['streams/operators'];
  const util = internals.loadBuiltin('util');
  const install = (key, op, wrap) => {
    function operator(...args) {
      if (new.target) throw core.streamError('ERR_ILLEGAL_CONSTRUCTOR');
      return wrap(Reflect.apply(op, this, args));
    }
    Object.defineProperty(operator, 'name', { value: op.name });
    Object.defineProperty(operator, 'length', { value: op.length });
    Object.defineProperty(Stream.Readable.prototype, key, { value: operator, enumerable: false, configurable: true, writable: true });
  };
  for (let [key, op] of Object.entries(operators.streamReturning)) {
    if (key === 'asIndexedPairs') op = util.deprecate(op, 'readable.asIndexedPairs will be removed in a future version.');
    install(key, op, (result) => Stream.Readable.from(result));
  }
  for (const [key, op] of Object.entries(operators.promiseReturning)) install(key, op, (result) => result);
}
Stream.Writable = internals['streams/writable'];
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = combinators.pipeline;
Stream.addAbortSignal = combinators.addAbortSignal;
Stream.finished = core.eos;
Stream.destroy = core.destroyer;
Stream.compose = combinators.compose;
Stream.setDefaultHighWaterMark = core.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = core.getDefaultHighWaterMark;

const promises = { finished: core.finishedPromise, pipeline: combinators.pipelinePromise };
Object.defineProperty(Stream, 'promises', { configurable: true, enumerable: true, get: () => promises });
// util.promisify(pipeline) and util.promisify(finished) are the stream/promises functions.
Object.defineProperty(combinators.pipeline, customPromisify, { enumerable: true, get: () => promises.pipeline });
Object.defineProperty(core.eos, customPromisify, { enumerable: true, get: () => promises.finished });

// The web-stream bridges (lib/internal/webstreams/adapters.js), looked up when called as Node
// loads them lazily.
const adapters = () => internals['webstreams/adapters'];
Stream.Readable.fromWeb = (readableStream, options) => adapters().newStreamReadableFromReadableStream(readableStream, options);
Stream.Readable.toWeb = (streamReadable, options) => adapters().newReadableStreamFromStreamReadable(streamReadable, options);
Stream.Writable.fromWeb = (writableStream, options) => adapters().newStreamWritableFromWritableStream(writableStream, options);
Stream.Writable.toWeb = (streamWritable) => adapters().newWritableStreamFromStreamWritable(streamWritable);
Duplex.fromWeb = (pair, options) => adapters().newStreamDuplexFromReadableWritablePair(pair, options);
Duplex.toWeb = (duplex) => adapters().newReadableWritablePairFromDuplex(duplex);

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = core.uint8ArrayToBuffer;

return Stream;
