//! `stream.Duplex`, `stream.Transform` and `stream.PassThrough` (registered as
//! `internal/streams/duplex`): Node 20's `duplex.js`, `transform.js` and `passthrough.js` — a
//! Readable that is also a Writable, and the Transform whose `_write` pushes to its readable
//! side, holding back the write callback while the readable side is full.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const { tick, kOnConstructed, streamError, Stream } = core;
const Readable = internals['streams/readable'];
const Writable = internals['streams/writable'];

// ---------------------------------------------------------------- Duplex
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) internals['streams/compose'].addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  if (this._construct != null) {
    core.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The Writable methods a Readable does not have (write, end, cork, ...), as Node copies them.
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

{
  const writableProperty = (name) => Object.getOwnPropertyDescriptor(Writable.prototype, name);
  Object.defineProperties(Duplex.prototype, {
    writable: writableProperty('writable'),
    writableHighWaterMark: writableProperty('writableHighWaterMark'),
    writableObjectMode: writableProperty('writableObjectMode'),
    writableBuffer: writableProperty('writableBuffer'),
    writableLength: writableProperty('writableLength'),
    writableFinished: writableProperty('writableFinished'),
    writableCorked: writableProperty('writableCorked'),
    writableEnded: writableProperty('writableEnded'),
    writableNeedDrain: writableProperty('writableNeedDrain'),
    destroyed: {
      configurable: true,
      get() {
        if (this._readableState === undefined || this._writableState === undefined) return false;
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set(value) {
        if (this._readableState && this._writableState) {
          this._readableState.destroyed = value;
          this._writableState.destroyed = value;
        }
      },
    },
  });
}

// Duplex.from is lib/internal/streams/duplexify.js (src/js/stream/duplexify.js), looked up when
// called as Node requires it lazily.
Duplex.from = function (body) {
  return internals['streams/duplexify'].duplexify(body, 'body');
};

// ---------------------------------------------------------------- Transform
const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable high water mark of 0 would stall every write: Node moves it to the options.
  const readableHighWaterMark = options ? core.getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // Node: pushes from _transform are never "inside _read", so 'readable' is not deferred by sync.
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

/** `_final`: run `_flush`, push its data, then end the readable side. */
function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er); else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

/** A subclass that replaced `_final` still gets its flush on 'prefinish'. */
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw streamError('ERR_METHOD_NOT_IMPLEMENTED', '_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      // Node: after the readable side ended, the write completes on the next tick.
      tick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      // Backpressure: the next write waits until the consumer reads (_read below).
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function _read() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

// ---------------------------------------------------------------- PassThrough
function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

// ---------------------------------------------------------------- duplexPair
const kOtherSide = Symbol('kOtherSide');

/** One end of `duplexPair()`: what it writes is pushed to the other end's readable side. */
class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    Object.defineProperty(this, kOtherSide, { value: null, writable: true });
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      tick(callback);
    } else {
      // The write completes when the other side's consumer reads it (its _read).
      this[kOtherSide].push(chunk);
      this[kOtherSide][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

/** `stream.duplexPair()`: two Duplex streams connected to each other. */
function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

return { Duplex, Transform, PassThrough, duplexPair };
