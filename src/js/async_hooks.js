//! `node:async_hooks`, shaped as Node 20's `lib/async_hooks.js`: `createHook`, the execution and
//! trigger ids, `executionAsyncResource`, `AsyncResource` and `AsyncLocalStorage`. The context
//! itself lives in the host (`src/async_context.rs`): the running resource and one immutable
//! frame (a Map from storage to store) that every scheduled callback and promise reaction gets
//! back when it runs.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, validateFunction, describeReceived } = internals;
const { deprecate } = internals.loadBuiltin('util');

const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
const init_symbol = Symbol('init');
const before_symbol = Symbol('before');
const after_symbol = Symbol('after');
const destroy_symbol = Symbol('destroy');
const promise_resolve_symbol = Symbol('promiseResolve');

// ---------------------------------------------------------------- hooks (createHook)
const activeHooks = [];
// While hooks run, enable()/disable() change a copy (Node's `tmp_array`), so one emit calls the
// set of hooks it started with.
let emitting = 0;
let hooksArray = activeHooks;

function updateHooksFlag() {
  native.setHooks(hooksArray.length > 0);
}

// Called by the loop (before/after/destroy) and by resources as they are made (init).
function emitAsyncHook(name, asyncId, type, triggerAsyncId, resource) {
  const symbol = name === 'init' ? init_symbol : name === 'before' ? before_symbol
    : name === 'after' ? after_symbol : name === 'destroy' ? destroy_symbol : promise_resolve_symbol;
  const hooks = hooksArray;
  emitting++;
  try {
    for (let i = 0; i < hooks.length; i++) {
      const fn = hooks[i][symbol];
      if (typeof fn !== 'function') continue;
      if (name === 'init') fn.call(hooks[i], asyncId, type, triggerAsyncId, resource);
      else fn.call(hooks[i], asyncId);
    }
  } finally {
    emitting--;
    if (emitting === 0 && hooksArray !== activeHooks) {
      activeHooks.length = 0;
      activeHooks.push(...hooksArray);
      hooksArray = activeHooks;
      updateHooksFlag();
    }
  }
}
internals.emitAsyncHook = emitAsyncHook;

// For handles made in JavaScript (a Worker, a MessagePort): their events run in the frame of
// the code that made them, as Node's handle resources carry it from their `init`.
const handleFrames = new WeakMap();
internals.asyncFrame = {
  capture(handle) { handleFrames.set(handle, native.frame()); },
  runIn(handle, fn) {
    const previous = native.setFrame(handleFrames.get(handle));
    try {
      return fn();
    } finally {
      native.setFrame(previous);
    }
  },
};

function hookArrayForChange() {
  if (emitting > 0 && hooksArray === activeHooks) hooksArray = [...activeHooks];
  return hooksArray;
}

function asyncCallbackError(name) {
  return codedError(TypeError, 'ERR_ASYNC_CALLBACK', `${name} must be a function`);
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw asyncCallbackError('hook.init');
    if (before !== undefined && typeof before !== 'function') throw asyncCallbackError('hook.before');
    if (after !== undefined && typeof after !== 'function') throw asyncCallbackError('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw asyncCallbackError('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') throw asyncCallbackError('hook.promiseResolve');
    this[init_symbol] = init;
    this[before_symbol] = before;
    this[after_symbol] = after;
    this[destroy_symbol] = destroy;
    this[promise_resolve_symbol] = promiseResolve;
  }

  enable() {
    const hooks = hookArrayForChange();
    if (hooks.includes(this)) return this;
    hooks.push(this);
    if (emitting === 0) updateHooksFlag();
    return this;
  }

  disable() {
    const hooks = hookArrayForChange();
    const index = hooks.indexOf(this);
    if (index === -1) return this;
    hooks.splice(index, 1);
    if (emitting === 0) updateHooksFlag();
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// ---------------------------------------------------------------- the running resource
function executionAsyncId() {
  return native.ids()[0];
}

function triggerAsyncId() {
  return native.ids()[1];
}

// The object of the running resource: the Timeout or Immediate the loop runs, an
// AsyncResource in `runInAsyncScope`; otherwise (the main script, a tick, an I/O callback) an
// object made on first use that stays with the resource, as Node's does.
function executionAsyncResource() {
  const resource = native.resource();
  if (resource !== null && typeof resource === 'object') return resource;
  const made = {};
  native.setResource(made);
  return made;
}

// ---------------------------------------------------------------- AsyncResource
const resourceFrames = new WeakMap();

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "type" argument must be of type string.${describeReceived(type)}`);
    }
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw codedError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerAsyncId}`);
    }
    const asyncId = native.newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    resourceFrames.set(this, native.frame());
    if (hooksArray.length > 0) {
      if (type.length === 0) {
        throw codedError(TypeError, 'ERR_ASYNC_TYPE', `Invalid name for async "type": ${type}`);
      }
      emitAsyncHook('init', asyncId, type, triggerAsyncId, this);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    const token = native.enter(asyncId, this[trigger_async_id_symbol], this, resourceFrames.get(this));
    try {
      if (hooksArray.length > 0) emitAsyncHook('before', asyncId);
      const ret = Reflect.apply(fn, thisArg, args);
      return ret;
    } finally {
      if (hooksArray.length > 0) emitAsyncHook('after', asyncId);
      // A store entered with `enterWith` stays with the resource, as Node keeps it on it.
      resourceFrames.set(this, native.frame());
      native.leave(token);
    }
  }

  emitDestroy() {
    native.queueDestroy(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      'length': { configurable: true, enumerable: false, value: fn.length, writable: false },
      'asyncResource': {
        configurable: true,
        enumerable: true,
        get: deprecate(function() { return self; }, 'The asyncResource property on bound functions is deprecated', 'DEP0172'),
        set: deprecate(function(val) { self = val; }, 'The asyncResource property on bound functions is deprecated', 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// ---------------------------------------------------------------- AsyncLocalStorage
// The frame is a Map from storage to store, never changed once made: a new frame is made for
// each change, so the frames scheduled callbacks captured keep what they saw.
function frameWith(frame, storage, present, store) {
  const next = new Map(frame);
  if (present) next.set(storage, store);
  else next.delete(storage);
  return next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.enabled = false;
  }

  _enable() {
    this.enabled = true;
  }

  enterWith(store) {
    this._enable();
    native.setFrame(frameWith(native.frame(), this, true, store));
  }

  run(store, callback, ...args) {
    // Avoid creation of an AsyncResource if store is already active
    if (Object.is(store, this.getStore())) {
      return Reflect.apply(callback, null, args);
    }
    this._enable();
    const before = native.frame();
    native.setFrame(frameWith(before, this, true, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this.#restore(before);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) {
      return Reflect.apply(callback, null, args);
    }
    // Node disables the storage meanwhile: nothing made inside inherits the store.
    const before = native.frame();
    this.enabled = false;
    native.setFrame(frameWith(before, this, false));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._enable();
      this.#restore(before);
    }
  }

  // Node puts back only this storage's store on the resource: another storage's `enterWith`
  // inside the callback stays.
  #restore(before) {
    const had = before !== undefined && before.has(this);
    native.setFrame(frameWith(native.frame(), this, had, had ? before.get(this) : undefined));
  }

  getStore() {
    if (this.enabled) {
      const frame = native.frame();
      return frame === undefined ? undefined : frame.get(this);
    }
  }
}

// libuv wrap providers by number, as Node 20.20.2 lists them (recorded from node).
const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP',
  'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING',
  'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE',
  'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER',
  'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP',
  'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB',
  'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST',
  'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
];
const asyncWrapProviders = { __proto__: null };
providerNames.forEach((name, i) => { asyncWrapProviders[name] = i; });

return {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders: Object.freeze(asyncWrapProviders),
  AsyncResource,
};
