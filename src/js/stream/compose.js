//! Stream combinators (registered as `internal/streams/compose`): `Readable.from`
//! (`from.js`), `addAbortSignal` (`add-abort-signal.js`), `pipeline` with the callback and
//! promise forms (`pipeline.js`, `stream/promises`), as Node 20 schedules them: pipeline
//! reports through `process.nextTick` after every stream is done, destroying the others on
//! the first error.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const {
  tick, streamError, invalidArgType, AbortError, aggregateTwoErrors, validateFunction, once, eos,
  isIterable, isNodeStream, isReadable, isReadableNodeStream, isReadableFinished, addAbortListener,
  isReadableStream, isTransformStream, isWebStream,
} = core;
const { Buffer } = internals.loadBuiltin('buffer');

// ---------------------------------------------------------------- Readable.from (from.js)
/**
 * A Readable over an iterable or async iterable: object mode, high water mark 1; each _read
 * pulls values until push() says stop. Strings and Buffers are pushed whole.
 */
function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw invalidArgType('iterable', ['Iterable'], iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;

  readable._read = function _read() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSyncWithSyncValues();
    }
  };

  readable._destroy = function _destroy(error, cb) {
    // Node: the iterator is closed (return/throw) first; the callback runs on a later tick.
    close(error).then(() => tick(cb, error), (e) => tick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function nextSyncWithSyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') return changeToAsyncValues(value);
        if (value === null) {
          reading = false;
          throw streamError('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  // A sync iterable that yields promises is awaited value by value.
  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw streamError('ERR_STREAM_NULL_VALUES');
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (res === null) {
          reading = false;
          throw streamError('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw streamError('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

// ---------------------------------------------------------------- addAbortSignal
function validateSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw invalidArgType(name, ['AbortSignal'], signal);
  }
}

/** Destroy `stream` with an AbortError when `signal` aborts (at once if it already has). */
function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

/** The abort wiring without the checks (readable.compose has validated already). */
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  // A web stream is errored through its controller, as Node's kControllerErrorFunction does.
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[Symbol.for('nodejs.webstream.controllerErrorFunction')](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const stop = addAbortListener(signal, onAbort);
    eos(stream, stop);
  }
  return stream;
}

// ---------------------------------------------------------------- pipeline (pipeline.js)
/** The signal handed to pipeline's function stages, aborted when the pipeline ends. */
function makeController() {
  if (typeof global.AbortController === 'function') return new global.AbortController();
  // Until AbortController exists in this runtime: a signal object with the same fields.
  const listeners = [];
  const signal = {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { if (type === 'abort') listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
  };
  return {
    signal,
    abort(reason = new AbortError('This operation was aborted')) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason;
      for (const fn of listeners.splice(0)) fn();
    },
  };
}

/** Watch one stream of a pipeline; `destroy(err)` ends it unless it is already done. */
function pipelineDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      core.destroyer(stream, err || streamError('ERR_STREAM_DESTROYED', 'pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  yield* internals['streams/readable'].prototype[Symbol.asyncIterator].call(val);
}

/** Write an (async) iterable into a Writable, honouring backpressure. */
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error); else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

/** Write an (async) iterable into a web WritableStream (or a TransformStream's writable side). */
async function pumpToWeb(readable, writable, finish, { end }) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (err2) {
      finish(err2);
    }
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

/**
 * Connect the streams (or iterables and async functions) in order; `callback(err, value)` runs
 * on a later tick once all are done. The first error (a premature close only if nothing
 * better comes) destroys every stream still running.
 */
function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw streamError('ERR_MISSING_ARGS', 'streams');

  const ac = makeController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];
  core.validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  }
  let stopOuter;
  if (outerSignal) stopOuter = addAbortListener(outerSignal, abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (stopOuter) stopOuter();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      // Node: the pipeline's callback runs on the next tick after the last stream is done.
      tick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = pipelineDestroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors are reported through finish(); this listener keeps them from being uncaught.
      function onError(err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      }
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw streamError('ERR_INVALID_RETURN_VALUE', 'Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = internals['streams/duplex'].Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(isTransformStream(ret) ? ret.readable : ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw streamError('ERR_INVALID_RETURN_VALUE', 'AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        // The last stage is a function: its result (a promise or an async iterable) is
        // collected into an object-mode PassThrough.
        const { PassThrough } = internals['streams/duplex'];
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            tick(finish);
          }, (err) => {
            pt.destroy(err);
            tick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          finishCount++;
          pumpToNode(ret.readable || ret, pt, finish, { end });
        } else {
          throw streamError('ERR_INVALID_RETURN_VALUE', 'AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = pipelineDestroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, { end });
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, { end });
      } else if (isReadableStream(ret) || isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, { end });
      } else if (isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, { end });
      } else {
        throw invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = internals['streams/duplex'].Duplex.from(stream);
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) tick(abort);
  return ret;
}

/** One link of a pipeline: src.pipe(dst), with both ends watched by `finished`. */
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(streamError('ERR_STREAM_PREMATURE_CLOSE'));
  });
  src.pipe(dst, { end: false });
  if (end) {
    function endFn() {
      ended = true;
      dst.end();
    }
    if (isReadableFinished(src)) tick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // Closed after ending but before 'end': wait for 'end' (or an error) after all.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

/** `stream/promises` pipeline: the last argument may be `{ signal, end }`. */
function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) && !isIterable(lastArg) &&
        !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err); else resolve(value);
    }, { signal, end });
  });
}

// ---------------------------------------------------------------- compose (compose.js)
/**
 * `compose(...streams)`: one Duplex whose writable side is the first stream and whose readable
 * side is the last, the rest connected by pipeline (functions at either end become Duplexes
 * through Duplex.from; web streams are written and read through their writer and reader).
 */
function compose(...streams) {
  if (streams.length === 0) throw streamError('ERR_MISSING_ARGS', 'streams');
  const { Duplex } = internals['streams/duplex'];
  if (streams.length === 1) return Duplex.from(streams[0]);
  const { isWritable, isWritableStream } = core;
  const orgStreams = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < streams.length - 1 && !(isReadable(streams[n]) || isReadableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw streamError('ERR_INVALID_ARG_VALUE', `streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(streams[n]) || isWritableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw streamError('ERR_INVALID_ARG_VALUE', `streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    // eslint-disable-next-line no-use-before-define
    else if (!readable && !writable) d.destroy();
  }
  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));
  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });
  if (writable) {
    if (isNodeStream(head)) {
      d._write = function (chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        head.end();
        onfinish = callback;
      };
      head.on('drain', function () {
        if (ondrain) {
          const cb = ondrain;
          ondrain = null;
          cb();
        }
      });
    } else if (isWebStream(head)) {
      const writer = (isTransformStream(head) ? head.writable : head).getWriter();
      d._write = async function (chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function (callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          onfinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }
    // The composed stream finishes when the tail has been read to its end.
    eos(isTransformStream(tail) ? tail.readable : tail, () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', function () {
        if (onreadable) {
          const cb = onreadable;
          onreadable = null;
          cb();
        }
      });
      tail.on('end', function () {
        d.push(null);
      });
      d._read = function () {
        for (;;) {
          const buf = tail.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    } else if (isWebStream(tail)) {
      const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
      d._read = async function () {
        for (;;) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) {
              d.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
  }
  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (isNodeStream(tail)) core.destroyer(tail, err);
    if (onclose === null) callback(err);
    else onclose = callback;
  };
  return d;
}

return { from, addAbortSignal, addAbortSignalNoValidate, pipeline, pipelineImpl, pipelinePromise, compose };
