//! `node:timers/promises` as Node 20's `lib/timers/promises.js` shapes it: `setTimeout` and
//! `setImmediate` that resolve with a value, `setInterval` as an async generator, and
//! `scheduler.wait`/`yield`, on the same Timeout and Immediate objects (and queues) as the
//! callback forms, cancellable with an AbortSignal.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const {
  codedError, describeReceived, Timeout, Immediate, insertTimeout, insertImmediate, AbortError, validateAbortSignal,
  validateNumber,
} = internals;
const timers = internals.loadBuiltin('timers');

function argTypeError(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
// Node checks the delay first (`validateNumber(after, 'delay')`, only when one is given), then
// the options.
function validateOptions(options, after) {
  if (after !== undefined) validateNumber(after, 'delay');
  if (options === null || typeof options !== 'object') throw argTypeError('options', 'of type object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw argTypeError('options.ref', 'of type boolean', ref);
  return { signal, ref };
}
// internal/event_target is made after this module: reached at the time of an abort.
const abortDispatchFrames = () => internals.event_target.abortDispatchFrames();

// Node 20.20.2's lib/timers/promises.js makes its AbortErrors on these lines; an unhandled one
// is reported there.
const SITES = {
  listener: ['node:timers/promises:48', '    reject(new AbortError(undefined, { cause: signal?.reason }));', 11],
  setTimeout: ['node:timers/promises:74', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25],
  setImmediate: ['node:timers/promises:112', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25],
  setInterval: ['node:timers/promises:151', '    throw new AbortError(undefined, { cause: signal?.reason });', 10],
  intervalListener: ['node:timers/promises:173', '              new AbortError(undefined, { cause: signal.reason })));', 14],
  intervalEnd: ['node:timers/promises:189', '    throw new AbortError(undefined, { cause: signal?.reason });', 10],
};
// The AbortError, with Node's frames: the function that made it (`frame`), the dispatch of
// 'abort' below a listener's, the async generator's `next` below setInterval's own.
function abortErrorFor(signal, site, frame, viaNext = false) {
  const err = new AbortError(undefined, { cause: signal?.reason });
  const [file, line, column] = SITES[site];
  internals.setThrowSite(err, `${file}\n${line}\n${' '.repeat(column)}^\n`);
  // Under an abort the stack's own dispatch frames name Node's (builtin_frames.rs), except
  // where the abort has no caller in the stack for them (AbortSignal.timeout's timer: `below`).
  const dispatch = abortDispatchFrames();
  if (dispatch?.below !== undefined && (site === 'listener' || site === 'intervalListener')) {
    return internals.withNodeFrames(err, [frame, ...dispatch.frames], dispatch.below);
  }
  return internals.withNodeFrames(err, viaNext ? [frame, 'setInterval.next (<anonymous>)'] : [frame]);
}
// V8 names a call through the module object `Object.setTimeout`, a bare one `setTimeout`.
function callName(self, name) {
  return self === exports ? `Object.${name}` : name;
}

// A one-shot timer or immediate as a promise. The checks reject rather than throw; an abort
// while waiting clears the timer and rejects, and the listener comes off once the promise
// settles (Node chains that removal with `finally`, one more microtask hop for the caller).
function settleLater(options, start, api, self, after) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options, after));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) {
    const [, , column] = SITES[api];
    const lineNo = SITES[api][0].split(':').pop();
    return Promise.reject(abortErrorFor(signal, api, `${callName(self, api)} (node:timers/promises:${lineNo}:${column + 1})`));
  }
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const { handle, clear } = start(resolve, ref);
    if (signal) {
      onAbort = () => {
        if (handle._destroyed) return;
        clear(handle);
        reject(abortErrorFor(signal, 'listener', `${handle.constructor.name}.cancelListenerHandler (node:timers/promises:48:12)`));
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  const self = this;
  return settleLater(options, (resolve, ref) => {
    const timeout = new Timeout(resolve, after, value === undefined ? undefined : [value], false, true);
    insertTimeout(timeout, 'timers/promises setTimeout');
    if (!ref) timeout.unref();
    return { handle: timeout, clear: timers.clearTimeout };
  }, 'setTimeout', self, after);
}

function setImmediate(value, options = {}) {
  const self = this;
  return settleLater(options, (resolve, ref) => {
    const immediate = new Immediate(resolve, [value]);
    insertImmediate(immediate);
    if (!ref) immediate.unref();
    return { handle: immediate, clear: timers.clearImmediate };
  }, 'setImmediate', self);
}

// One repeating Timeout counts the ticks not yet handed out; the generator yields one value
// per tick, waiting for the next tick when none is owed. Checks run on the first next().
async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options, after);
  const name = callName(this, 'setInterval');
  if (signal?.aborted) throw abortErrorFor(signal, 'setInterval', `${name} (node:timers/promises:151:11)`, true);
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
        if (wake) {
          wake(Promise.reject(abortErrorFor(signal, 'intervalListener', 'EventTarget.onCancel (node:timers/promises:173:15)')));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (owed === 0) await new Promise((resolve) => { wake = resolve; });
      for (; owed > 0; owed--) yield value;
    }
    throw abortErrorFor(signal, 'intervalEnd', `${name} (node:timers/promises:189:11)`, true);
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
// `timers.promises` and util.promisify(setTimeout)/(setImmediate) are these: the prelude's
// getters (lib/timers.js's) load this module.
return exports;
