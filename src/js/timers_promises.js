//! `node:timers/promises` as Node 20's `lib/timers/promises.js` shapes it: `setTimeout` and
//! `setImmediate` that resolve with a value, `setInterval` as an async generator, and
//! `scheduler.wait`/`yield`, on the same Timeout and Immediate objects (and queues) as the
//! callback forms, cancellable with an AbortSignal.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const {
  codedError, describeReceived, Timeout, Immediate, insertTimeout, insertImmediate, AbortError, validateAbortSignal,
} = internals;
const timers = internals.loadBuiltin('timers');

function argTypeError(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw argTypeError('options', 'of type object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw argTypeError('options.ref', 'of type boolean', ref);
  return { signal, ref };
}
const abortErrorFor = (signal) => new AbortError(undefined, { cause: signal?.reason });

// A one-shot timer or immediate as a promise. The checks reject rather than throw; an abort
// while waiting clears the timer and rejects, and the listener comes off once the promise
// settles (Node chains that removal with `finally`, one more microtask hop for the caller).
function settleLater(options, start) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const { handle, clear } = start(resolve, ref);
    if (signal) {
      onAbort = () => {
        if (handle._destroyed) return;
        clear(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  return settleLater(options, (resolve, ref) => {
    const timeout = new Timeout(resolve, after, value === undefined ? undefined : [value], false, true);
    insertTimeout(timeout, 'timers/promises setTimeout');
    if (!ref) timeout.unref();
    return { handle: timeout, clear: timers.clearTimeout };
  });
}

function setImmediate(value, options = {}) {
  return settleLater(options, (resolve, ref) => {
    const immediate = new Immediate(resolve, [value]);
    insertImmediate(immediate);
    if (!ref) immediate.unref();
    return { handle: immediate, clear: timers.clearImmediate };
  });
}

// One repeating Timeout counts the ticks not yet handed out; the generator yields one value
// per tick, waiting for the next tick when none is owed. Checks run on the first next().
async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let interval;
  let onAbort;
  try {
    let owed = 0;
    let wake;
    interval = new Timeout(() => {
      owed++;
      if (wake) { wake(); wake = undefined; }
    }, after, undefined, true, true);
    insertTimeout(interval, 'timers/promises setInterval');
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        timers.clearInterval(interval);
        if (wake) { wake(Promise.reject(abortErrorFor(signal))); wake = undefined; }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (owed === 0) await new Promise((resolve) => { wake = resolve; });
      for (; owed > 0; owed--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// `scheduler`: the one instance of a class that cannot be constructed; its methods check
// that they are called on it.
const kScheduler = Symbol('kScheduler');
// Like Node, a null or undefined `this` fails on the property read itself (in V8's words).
function checkScheduler(self) {
  if (self === null || self === undefined) {
    throw new TypeError(`Cannot read properties of ${self} (reading 'Symbol(kScheduler)')`);
  }
  if (!self[kScheduler]) {
    throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
  }
}
class Scheduler {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  yield() {
    checkScheduler(this);
    return setImmediate();
  }

  wait(delay, options) {
    checkScheduler(this);
    return setTimeout(delay, undefined, { signal: options?.signal });
  }
}
const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

const exports = { setTimeout, setImmediate, setInterval, scheduler };
timers.promises = exports;
// util.promisify(setTimeout) and util.promisify(setImmediate) are these (lib/timers.js).
const custom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, promised] of [[global.setTimeout, setTimeout], [global.setImmediate, setImmediate]]) {
  Object.defineProperty(fn, custom, { enumerable: true, configurable: true, get: () => promised });
}
return exports;
