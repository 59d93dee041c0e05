//! The Readable operators of Node 20 (registered as `internal/streams/operators`, from
//! `lib/internal/streams/operators.js`): `map`, `filter`, `flatMap`, `drop`, `take`,
//! `asIndexedPairs`, `compose` return streams; `toArray`, `forEach`, `reduce`, `some`,
//! `every`, `find` return promises. `map` is the engine of most of them: a pump reads the
//! source with `for await` and queues the results (up to `concurrency` in flight), the
//! consumer awaits them in order — the same promise steps as Node, so they interleave with
//! the user's ticks and promises the same way.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const core = internals['streams/core'];
const { AbortError, invalidArgType, streamError, validateObject } = core;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw invalidArgType(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) core.validateAbortSignal(options.signal, 'options.signal');
}

function validateInteger(value, name, min) {
  if (!Number.isInteger(value) || value < min) {
    throw streamError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= 9007199254740991`, value);
  }
}

/** The signal an operator hands to `fn`: the caller's, or one that never aborts. */
function operatorSignal(options) {
  const signals = options && options.signal ? [options.signal] : [];
  if (global.AbortSignal && typeof global.AbortSignal.any === 'function') return global.AbortSignal.any(signals);
  return signals[0] || { aborted: false, reason: undefined };
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* mapped() {
    const signal = operatorSignal(options);
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let wakeConsumer;
    let wakePump;
    let done = false;
    let inFlight = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function afterItemProcessed() {
      inFlight -= 1;
      maybeResumePump();
    }
    function maybeResumePump() {
      if (wakePump && !done && inFlight < concurrency && queue.length < highWaterMark) {
        wakePump();
        wakePump = null;
      }
    }

    // Reads the source and queues a promise per value, pausing at the limits.
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (wakeConsumer) {
            wakeConsumer();
            wakeConsumer = null;
          }
          if (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakePump = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (wakeConsumer) {
          wakeConsumer();
          wakeConsumer = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResumePump();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakePump) {
        wakePump();
        wakePump = null;
      }
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* indexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await core.finishedPromise(this.destroy(err));
    throw err;
  }
  const ac = new global.AbortController();
  const signal = ac.signal;
  if (options && options.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAnyItem = false;
  try {
    for await (const value of this) {
      gotAnyItem = true;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItem && !hasInitialValue) {
      const err = streamError('ERR_MISSING_ARGS', 'reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options && options.signal && options.signal.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMapped() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw streamError('ERR_OUT_OF_RANGE', 'number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* dropped() {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* taken() {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

/** `readable.compose(stream)`: this readable piped into `stream`, as one Duplex. */
function compose(stream, options) {
  validateOptions(options);
  if (core.isNodeStream(stream) && !core.isWritable(stream)) {
    throw streamError('ERR_INVALID_ARG_VALUE', 'stream', stream, 'must be writable');
  }
  const composed = internals['streams/compose'].compose(this, stream);
  if (options && options.signal) internals['streams/compose'].addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

return {
  streamReturning: { asIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
};
