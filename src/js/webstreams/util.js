//! What Node 20's web streams share (registered as `internal/webstreams/util`): the brand
//! checks, the queue-with-sizes, the strategy extraction, the deferred promises, the promise
//! callbacks whose extra microtasks Node's ordering depends on, the errors in Node's words,
//! `customInspect`, and the two queuing strategies (`lib/internal/webstreams/util.js` and
//! `queuingstrategies.js`).
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;
const core = internals['streams/core'];

const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
// lib/internal/streams/utils.js: how `finished` and the adapters see a web stream settle.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

// ---------------------------------------------------------------- errors (internal/errors.js)
function invalidState(message, Base = TypeError) {
  return codedError(Base, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}
function invalidArgValue(name, value, reason = 'is invalid', Base = TypeError) {
  const kind = name.includes('.') ? 'property' : 'argument';
  const shown = internals.loadBuiltin('util').inspect(value);
  return codedError(Base, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}
function illegalConstructor() {
  return codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
function missingOption(name) {
  return codedError(TypeError, 'ERR_MISSING_OPTION', `${name} is required`);
}
const invalidArgType = core.invalidArgType;

// lib/internal/validators.js validateObject with its flags: web streams accept arrays and
// functions as a source or sink, and null as a strategy.
const kAllowObjects = 1;
const kAllowObjectsAndNull = 2;
function validateObject(value, name, flags = 0) {
  if (flags === 0) {
    if (value === null || Array.isArray(value) || typeof value !== 'object') {
      throw invalidArgType(name, ['object'], value);
    }
    return;
  }
  if (value === null && flags !== kAllowObjectsAndNull) throw invalidArgType(name, ['object'], value);
  if (value !== null && typeof value !== 'object' && typeof value !== 'function') {
    throw invalidArgType(name, ['object'], value);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, ['AbortSignal'], signal);
  }
}

// ---------------------------------------------------------------- promises
/**
 * lib/internal/util.js createDeferredPromise; `settled` stands in for V8's promise state, which
 * Node reads (getPromiseDetails) to know whether a writer's ready/closed promise is pending.
 */
function deferred() {
  const record = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  record.promise = new Promise((resolve, reject) => {
    record.resolve = (value) => { record.settled = true; resolve(value); };
    record.reject = (error) => { record.settled = true; reject(error); };
  });
  return record;
}
/** A record whose promise is already settled (Node's `{ promise: PromiseResolve(), ... }`). */
function settledRecord(promise) {
  return { promise, resolve: undefined, reject: undefined, settled: true };
}
function emptyRecord() {
  return { promise: undefined, resolve: undefined, reject: undefined, settled: false };
}
function isPromisePending(record) {
  return record.promise !== undefined && !record.settled;
}

// Node marks a promise handled by chaining two no-op reactions: one more promise, and no
// microtask until it settles.
function setPromiseHandled(promise) {
  Promise.prototype.then.call(promise, () => {}, () => {});
}

// WebIDL "invoke a callback function" for a callback returning a promise: an async function, so
// a returned promise costs the two extra microtasks of resolving with a thenable, as in Node.
async function invokePromiseCallback(fn, thisArg, ...args) {
  return fn.call(thisArg, ...args);
}
// Node calls the sink's write and close algorithms as plain functions, the others as methods of
// the controller's state (V8 names those frames `Object.<anonymous>`): the wrapper's two names
// tell the frames table (src/builtin_frames.rs) which.
function createPromiseCallback(name, fn, thisArg) {
  core.validateFunction(fn, name);
  if (name === 'sink.write' || name === 'sink.close') {
    return function promiseCallback(...args) {
      return invokePromiseCallback(fn, thisArg, ...args);
    };
  }
  return function promiseCallbackMethod(...args) {
    return invokePromiseCallback(fn, thisArg, ...args);
  };
}

// primordials' SafePromiseAll and SafePromisePrototypeFinally, with their wrapper promises: each
// costs microtasks Node's ordering shows.
function safePromiseAll(items, mapFn) {
  return new Promise((resolve, reject) => {
    const wrapped = items.map((item, i) => new Promise((a, b) => {
      Promise.prototype.then.call(mapFn ? mapFn(item, i) : item, a, b);
    }));
    Promise.prototype.then.call(Promise.all(wrapped), resolve, reject);
  });
}
function safePromiseFinally(promise, onFinally) {
  return new Promise((resolve, reject) => {
    new Promise((a, b) => Promise.prototype.then.call(promise, a, b)).finally(onFinally).then(resolve, reject);
  });
}

async function nonOpFlush() {}
function nonOpStart() {}
async function nonOpPull() {}
async function nonOpCancel() {}
async function nonOpWrite() {}

// ---------------------------------------------------------------- queue-with-sizes
function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw invalidArgValue('strategy.highWaterMark', value, undefined, RangeError);
  }
  return value;
}
function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  core.validateFunction(size, 'strategy.size');
  return size;
}
function dequeueValue(controller) {
  const { value, size } = controller[kState].queue.shift();
  controller[kState].queueTotalSize = Math.max(0, controller[kState].queueTotalSize - size);
  return value;
}
function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}
function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}
function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw invalidArgValue('size', size, undefined, RangeError);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

// `ReadableStream { locked: false, state: 'readable', supportsBYOB: false }`.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${internals.loadBuiltin('util').inspect(data, opts)}`;
}

// The web's classes have enumerable accessors and methods and a non-writable toStringTag.
function webClass(klass, members) {
  const descriptors = {};
  for (const name of members) {
    const d = Object.getOwnPropertyDescriptor(klass.prototype, name);
    d.enumerable = true;
    descriptors[name] = d;
  }
  descriptors[Symbol.toStringTag] = { configurable: true, value: klass.name };
  Object.defineProperties(klass.prototype, descriptors);
}

// ---------------------------------------------------------------- iterators (ECMA-262 GetIterator)
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const AsyncIterator = { __proto__: AsyncIteratorPrototype, next: undefined, return: undefined };

function getIterator(obj, kind = 'sync', method) {
  if (method === undefined) {
    if (kind === 'async') {
      method = obj[Symbol.asyncIterator];
      if (method == null) {
        const syncMethod = obj[Symbol.iterator];
        if (syncMethod === undefined) throw argNotIterable(obj);
        const record = getIterator(obj, 'sync', syncMethod);
        // CreateAsyncFromSyncIterator, as Node builds it: an async generator delegating.
        const iterator = (async function* () { return yield* { [Symbol.iterator]: () => record.iterator }; }());
        return { iterator, nextMethod: iterator.next, done: false };
      }
    } else {
      method = obj[Symbol.iterator];
    }
  }
  if (method === undefined) throw argNotIterable(obj);
  const iterator = method.call(obj);
  if (typeof iterator !== 'object' || iterator === null) {
    throw invalidState('The iterator method must return an object');
  }
  return { iterator, nextMethod: iterator.next, done: false };
}
function argNotIterable(obj) {
  return codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${internals.loadBuiltin('util').inspect(obj)} must be iterable`);
}
function iteratorNext(record, value) {
  const result = value === undefined ?
    record.nextMethod.call(record.iterator) :
    record.nextMethod.call(record.iterator, [value]);
  if (typeof result !== 'object' || result === null) {
    throw invalidState('The iterator.next() method must return an object');
  }
  return result;
}

// ---------------------------------------------------------------- queuing strategies
const sizeName = { value: 'size' };
const byteSizeFunction = Object.defineProperty((chunk) => chunk.byteLength, 'name', sizeName);
const countSizeFunction = Object.defineProperty(() => 1, 'name', sizeName);

function strategyClass(name, sizeFunction) {
  const isStrategy = isBrandCheck(name);
  const klass = class {
      constructor(init) {
        this[kType] = name;
        validateObject(init, 'init');
        if (init.highWaterMark === undefined) throw missingOption('init.highWaterMark');
        this[kState] = { highWaterMark: +init.highWaterMark };
      }
      get highWaterMark() {
        if (!isStrategy(this)) throw invalidThis(name);
        return this[kState].highWaterMark;
      }
      get size() {
        if (!isStrategy(this)) throw invalidThis(name);
        return sizeFunction;
      }
  };
  Object.defineProperty(klass, 'name', { value: name });
  // Added after the class: Boa 0.22 fails on a computed method key in a class expression inside
  // a function ("Cannot access 'function' before initialization").
  Object.defineProperty(klass.prototype, kInspect, {
    configurable: true,
    writable: true,
    value(depth, options) {
      return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
    },
  });
  webClass(klass, ['highWaterMark', 'size']);
  return klass;
}
const ByteLengthQueuingStrategy = strategyClass('ByteLengthQueuingStrategy', byteSizeFunction);
const CountQueuingStrategy = strategyClass('CountQueuingStrategy', countSizeFunction);

return {
  kState, kType, kInspect, kIsClosedPromise, kControllerErrorFunction,
  invalidState, invalidThis, invalidArgValue, invalidArgType, illegalConstructor, missingOption,
  kAllowObjects, kAllowObjectsAndNull, validateObject, validateAbortSignal, describeReceived,
  deferred, settledRecord, emptyRecord, isPromisePending, setPromiseHandled, createPromiseCallback,
  safePromiseAll, safePromiseFinally,
  invokePromiseCallback, nonOpFlush, nonOpStart, nonOpPull, nonOpCancel, nonOpWrite,
  extractHighWaterMark, extractSizeAlgorithm, dequeueValue, resetQueue, peekQueueValue,
  enqueueValueWithSize, isBrandCheck, customInspect, webClass, AsyncIterator, getIterator,
  iteratorNext, ByteLengthQueuingStrategy, CountQueuingStrategy,
};
