//! `Duplex.from` (registered as `internal/streams/duplexify`): Node 20's
//! `lib/internal/streams/duplexify.js` — a Duplex out of a stream, a web stream, an async
//! generator function (its writes fed to the generator, its yields read), a promise, an
//! iterable, a Blob or a `{ readable, writable }` pair.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const {
  tick, isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream, isWritableNodeStream,
  isDuplexNodeStream, isReadableStream, isWritableStream, eos, destroyer, AbortError, streamError,
  invalidArgType,
} = core;
const { Duplex } = internals['streams/duplex'];
const Readable = internals['streams/readable'];

/** A Duplex whose `readable: false` / `writable: false` options end that side at once. */
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function deferred() {
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  return { promise, resolve };
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return _duplexify({ readable: body });
  if (isWritableNodeStream(body)) return _duplexify({ writable: body });
  if (isNodeStream(body)) return _duplexify({ writable: false, readable: false });
  if (isReadableStream(body)) return _duplexify({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return _duplexify({ writable: internals['streams/writable'].fromWeb(body) });
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isDuplexNodeStream(value)) return value;
    if (isIterable(value)) {
      return internals['streams/compose'].from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      // An async function that consumes the writes: the Duplex finishes when it settles.
      const promise = then.call(
        value,
        (val) => {
          if (val != null) throw streamError('ERR_INVALID_RETURN_VALUE', 'nully', 'body', val);
        },
        (err) => {
          destroyer(d, err);
        });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              tick(cb, null);
            } catch (err) {
              tick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw streamError('ERR_INVALID_RETURN_VALUE', 'Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (body instanceof internals.bufferGlobal('Blob')) return duplexify(body.arrayBuffer());
  if (isIterable(body)) return internals['streams/compose'].from(Duplexify, body, { objectMode: true, writable: false });
  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) return Duplexify.fromWeb(body);
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable)) :
      undefined;
    return _duplexify({ readable, writable });
  }
  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(
      body,
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => {
        destroyer(d, err);
      });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  throw invalidArgType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

/** The writes of a Duplex handed to an async generator function as an async iterable. */
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function* () {
    for (;;) {
      const _promise = promise;
      promise = null;
      const { chunk, done, cb } = await _promise;
      // Node calls the write callback on a nextTick once the generator has the chunk.
      tick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ chunk, done: false, cb });
    },
    final(cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

/** A Duplex over a Node readable and/or writable, forwarding reads, writes and the end. */
function _duplexify(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
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
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', function () {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', function () {
      d.push(null);
    });
    d._read = function () {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

return { duplexify, Duplexify };
