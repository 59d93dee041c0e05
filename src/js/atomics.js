//! The engine's `Atomics.wait`, `notify` and `waitAsync` replaced by waits across the run's
//! threads (src/atomics.rs), and the ids of SharedArrayBuffers those waits and the structured
//! clone (worker_threads.js) share. Loaded at start-up: `Atomics` is every program's.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`,
// `native` being the lane natives.
'use strict';

// Each SharedArrayBuffer's id in the run's waiter lists (see Atomics below): it travels with
// the buffer, so the same memory has the same id in every engine.
const bufferIds = new WeakMap();
function bufferId(sab) {
  let id = bufferIds.get(sab);
  if (id === undefined) {
    id = native.newBufferId();
    bufferIds.set(sab, id);
  }
  return id;
}

// ---------------------------------------------------------------- Atomics across threads
// Every thread of looplab is an engine of its own on one OS thread, so the engine's own
// Atomics.wait (which blocks the OS thread) could never be woken. The waiter lists live in the
// run instead (src/atomics.rs), keyed by the buffer's id (bufferId) and the byte index.
function location(typedArray, index) {
  return [bufferId(typedArray.buffer), typedArray.byteOffset + Number(index) * typedArray.BYTES_PER_ELEMENT];
}
// ToNumber, NaN as +Infinity, and no less than 0 (the spec's wait timeout).
function waitTimeout(timeout) {
  const t = Number(timeout);
  return Number.isNaN(t) ? Infinity : Math.max(t, 0);
}
const engineNotify = Atomics.notify;
const engineWaitAsync = Atomics.waitAsync;
// V8's checks, in the spec's order (ValidateIntegerTypedArray, the shared buffer for a wait,
// ValidateAtomicAccess), in V8's words.
function describeForAtomics(value) {
  if (ArrayBuffer.isView(value)) return `[object ${value[Symbol.toStringTag]}]`;
  if (value !== null && typeof value === 'object') return `#<${value.constructor?.name || 'Object'}>`;
  return String(value);
}
function validateWaitable(typedArray, index, waiting) {
  if (!(typedArray instanceof Int32Array || typedArray instanceof BigInt64Array)) {
    throw new TypeError(`${describeForAtomics(typedArray)} is not an int32 or BigInt64 typed array.`);
  }
  if (waiting && !(typedArray.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError(`${describeForAtomics(typedArray)} is not a shared typed array.`);
  }
  const i = Math.trunc(Number(index)) || 0;
  if (i < 0 || i >= typedArray.length) {
    throw new RangeError('Invalid atomic access index');
  }
}
// The engine's waitAsync with a zero timeout compares the value (after the checks above) and
// registers no waiter.
function check(typedArray, index, value) {
  validateWaitable(typedArray, index, true);
  return engineWaitAsync.call(Atomics, typedArray, index, value, 0).value;
}
function wait(typedArray, index, value, timeout) {
  const checked = check(typedArray, index, value);
  if (checked === 'not-equal') return checked;
  const t = waitTimeout(timeout);
  if (t === 0) return 'timed-out';
  return native.atomicsWait(...location(typedArray, index), t);
}
function notify(typedArray, index, count) {
  validateWaitable(typedArray, index, false);
  engineNotify.call(Atomics, typedArray, index, 0);
  if (!(typedArray.buffer instanceof SharedArrayBuffer)) return 0;
  const c = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
  return native.atomicsNotify(...location(typedArray, index), c);
}
// The promises of this thread's waitAsync waiters, by waiter id.
const asyncWaiters = new Map();
function waitAsync(typedArray, index, value, timeout) {
  const t = waitTimeout(timeout);
  const checked = check(typedArray, index, value);
  if (checked === 'not-equal') return { async: false, value: 'not-equal' };
  if (t === 0) return { async: false, value: 'timed-out' };
  const id = native.atomicsWaitAsync(...location(typedArray, index));
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  const waiter = { resolve, timer: null };
  // A pending waitAsync does not keep the process alive, nor does its timeout.
  if (t !== Infinity) {
    waiter.timer = setTimeout(() => {
      asyncWaiters.delete(id);
      if (native.atomicsWaitCancel(id)) resolve('timed-out');
    }, t);
    waiter.timer.unref();
  }
  asyncWaiters.set(id, waiter);
  return { async: true, value: promise };
}
native.setHandler('atomics', (id) => {
  const waiter = asyncWaiters.get(id);
  if (waiter === undefined) return;
  asyncWaiters.delete(id);
  if (waiter.timer !== null) clearTimeout(waiter.timer);
  waiter.resolve('ok');
});
for (const [name, fn, length] of [['wait', wait, 4], ['notify', notify, 3], ['waitAsync', waitAsync, 4]]) {
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: length });
  Object.defineProperty(Atomics, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

return { bufferId, bufferIds };
