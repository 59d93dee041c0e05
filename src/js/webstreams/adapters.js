//! The bridges between Node streams and web streams (registered as
//! `internal/webstreams/adapters`): Node 20's `lib/internal/webstreams/adapters.js` —
//! `Readable.toWeb`/`fromWeb`, `Writable.toWeb`/`fromWeb`, `Duplex.toWeb`/`fromWeb`. Each side
//! settles through the other's promises and events, on the ticks Node's adapters use.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const u = internals['webstreams/util'];
const core = internals['streams/core'];
const { ReadableStream, isReadableStream } = internals['webstreams/readable'];
const { WritableStream, isWritableStream } = internals['webstreams/writable'];
const { CountQueuingStrategy, ByteLengthQueuingStrategy, deferred } = u;
const { isDestroyed, isReadable, isWritable, isWritableEnded, AbortError } = core;
const finished = core.eos;
const destroy = core.destroyer;
const then = (promise, onFulfilled, onRejected) => Promise.prototype.then.call(promise, onFulfilled, onRejected);
const tick = (callback) => internals.nextTickAs('stream', callback);
const encoder = new (internals.bufferGlobal('TextEncoder'))();

function lazy() {
  const stream = internals.loadBuiltin('stream');
  return { Readable: stream.Readable, Writable: stream.Writable, Duplex: stream.Duplex };
}
function Buffer() {
  return internals.loadBuiltin('buffer').Buffer;
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw u.invalidArgType(name, ['boolean'], value);
}
function normalizeUtf8(encoding) {
  const enc = `${encoding ?? 'utf8'}`.toLowerCase();
  return enc === 'utf8' || enc === 'utf-8';
}
/** A string chunk as bytes, as Node's adapters encode it for the web side. */
function encodeChunk(chunk, encoding) {
  if (normalizeUtf8(encoding)) return encoder.encode(chunk);
  const bytes = Buffer().from(chunk, encoding);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// ---------------------------------------------------------------- Writable.toWeb
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!(streamWritable && typeof streamWritable?.write === 'function' && typeof streamWritable?.on === 'function')) {
    throw u.invalidArgType('streamWritable', ['stream.Writable'], streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressurePromise;
  let closed;
  function onDrain() {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  }
  const cleanup = finished(streamWritable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    // The web side reports the error; the Node side must not crash for want of a listener.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = deferred();
        return u.safePromiseFinally(backpressurePromise.promise, () => { backpressurePromise = undefined; });
      }
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// ---------------------------------------------------------------- Writable.fromWeb
/** The write/writev/final callbacks of a Node Writable that feeds a web writer. */
function writerSink(writer, getStream, decodeStrings, objectMode, isClosed) {
  return {
    writev(chunks, callback) {
      function done(error) {
        error = error.filter((e) => e);
        try {
          callback(error.length === 0 ? undefined : error);
        } catch (err) {
          tick(() => destroy(getStream(), err));
        }
      }
      then(writer.ready, () => then(u.safePromiseAll(chunks, (data) => writer.write(data.chunk)), done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = encodeChunk(chunk, encoding);
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(getStream(), err);
        }
      }
      then(writer.ready, () => then(writer.write(chunk), done, done), done);
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          tick(() => destroy(getStream(), err));
        }
      }
      if (!isClosed()) then(writer.close(), done, done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw u.invalidArgType('writableStream', ['WritableStream'], writableStream);
  }
  u.validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const sink = writerSink(writer, () => writable, decodeStrings, objectMode, () => closed);
  const writable = new (lazy().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...sink,
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          tick(() => { throw err; });
        }
      }
      if (!closed) {
        if (error != null) then(writer.abort(error), done, done);
        else then(writer.close(), done, done);
        return;
      }
      done();
    },
  });
  then(writer.closed, () => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, core.streamError('ERR_STREAM_PREMATURE_CLOSE'));
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

// ---------------------------------------------------------------- Readable.toWeb
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw u.invalidArgType('streamReadable', ['stream.Readable'], streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ||
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) : new ByteLengthQueuingStrategy({ highWaterMark }));
  let controller;
  let wasCanceled = false;
  function onData(chunk) {
    // Node hands the web side a plain Uint8Array copy of each Buffer.
    if (Buffer().isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  streamReadable.pause();
  const cleanup = finished(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

// ---------------------------------------------------------------- Readable.fromWeb
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw u.invalidArgType('readableStream', ['ReadableStream'], readableStream);
  }
  u.validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer().isEncoding(encoding)) throw u.invalidArgValue(encoding, 'options.encoding');
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (lazy().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      then(reader.read(), (chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          tick(() => { throw err; });
        }
      }
      if (!closed) {
        then(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });
  then(reader.closed, () => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

// ---------------------------------------------------------------- Duplex.toWeb / fromWeb
function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw u.invalidArgType('duplex', ['stream.Duplex'], duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  u.validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) throw u.invalidArgType('pair.readable', ['ReadableStream'], readableStream);
  if (!isWritableStream(writableStream)) throw u.invalidArgType('pair.writable', ['WritableStream'], writableStream);
  u.validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer().isEncoding(encoding)) throw u.invalidArgValue(encoding, 'options.encoding');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const sink = writerSink(writer, () => duplex, decodeStrings, objectMode, () => writableClosed);
  const duplex = new (lazy().Duplex)({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...sink,
    read() {
      then(reader.read(), (chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          tick(() => { throw err; });
        }
      }
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        then(u.safePromiseAll([closeWriter(), closeReader()]), done, done);
        return;
      }
      done();
    },
  });
  then(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, core.streamError('ERR_STREAM_PREMATURE_CLOSE'));
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  then(reader.closed, () => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

return {
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream,
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};
