//! The JavaScript half of looplab's Node globals: the pieces Node itself writes in JavaScript
//! (`lib/timers.js`, `lib/events.js`, `lib/internal/modules/cjs/loader.js`, `lib/path.js`),
//! shaped as Node shapes them, on top of the native bindings in `src/bindings.rs`.
// Evaluated once per run as `(function (native, global) { ... })`; returns the hooks the Rust
// side calls (`runMain`, `emitProcess`, ...). Its source path is `node:internal/looplab`, so its
// frames are never shown as the user's.
'use strict';

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
const kCapture = Symbol('kCapture');

function codedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  native.setStackHeader(err, `${Base.name} [${code}]: ${message}`);
  return err;
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${native.inspect(value, { depth: -1 })}`;
  }
  let inspected = native.inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

// Node's validators run under hideStackFrames, which rethrows their error at
// node:internal/errors:541 with the stack starting at the API that called them: `frames` are
// that API's own (and its helpers'), as Node 20.20.2 prints them, when the caller gives them.
const HIDDEN_VALIDATOR_SITE = 'node:internal/errors:541\n      throw error;\n      ^\n';
function validateFunction(value, name, frames) {
  if (typeof value !== 'function') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be of type function.${describeReceived(value)}`);
    if (frames) atHiddenValidator(err, frames);
    throw err;
  }
}
// A validator's error as hideStackFrames rethrows it: thrown at node:internal/errors:541, its
// stack opening with `frames` (Node's, innermost first) above the caller's.
function atHiddenValidator(err, frames) {
  native.setThrowSite(err, HIDDEN_VALIDATOR_SITE);
  native.prependStackFrames(err, frames.map((frame) => `    at ${frame}`).join('\n'));
  return err;
}
// V8's type name of a receiver (its constructor's name), for a frame called on it.
function receiverName(receiver) {
  const name = receiver?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Object';
}
const CHECK_LISTENER = 'checkListener (node:events:275:3)';

// A value in an error message, inspected without depth.
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (value !== null && typeof value === 'object') return native.inspect(value, { depth: -1 });
  return `${value}`;
}

// V8's Object::NoSideEffectsToString for a promise's rejection reason: a receiver whose
// `toString` is Object.prototype's shows its constructor (`#<Map>`), any other one its class
// (`[object Array]`); data properties only, so no getter runs.
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}
function v8NoSideEffectsToString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return `${value}`;
  if (dataProperty(value, 'toString') === Object.prototype.toString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return `#<${ctor.name}>`;
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  const builtin = [[Array.isArray, 'Array'], [(v) => v instanceof Date, 'Date'], [(v) => v instanceof RegExp, 'RegExp'],
    [(v) => v instanceof Number, 'Number'], [(v) => v instanceof String, 'String'], [(v) => v instanceof Boolean, 'Boolean']]
    .find(([test]) => test(value));
  return `[object ${builtin ? builtin[1] : 'Object'}]`;
}

// `RegExp.prototype.source` as V8 gives it (EscapeRegExpSource): Boa puts a backslash before
// every `/` of the pattern, even one already escaped (`/a\/b/.source` is `a\\/b`) or inside a
// class (`[\/]`). Its one added backslash is taken off again, then V8's rule applied: a `/`
// outside a class and not escaped gets one, and line terminators are written as escapes.
{
  const boaSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
  const terminators = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  const v8Source = (boa) => {
    const pattern = boa.replace(/\\\//g, '/');
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\' && i + 1 < pattern.length) {
        const next = pattern[++i];
        out += next in terminators ? terminators[next] : c + next;
      } else if (c === '/' && !inClass) {
        out += '\\/';
      } else {
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        out += c in terminators ? terminators[c] : c;
      }
    }
    return out;
  };
  Object.defineProperty(RegExp.prototype, 'source', {
    get: Object.getOwnPropertyDescriptor({
      get source() {
        const source = Reflect.apply(boaSource, this, []);
        return typeof source === 'string' && source.includes('/') ? v8Source(source) : source;
      },
    }, 'source').get,
    enumerable: false,
    configurable: true,
  });
}

// V8's `Error.captureStackTrace(targetObject[, constructorOpt])`: an own, non-enumerable
// `stack` formatted at its first read (`name: message` as V8's ErrorUtils::ToString, then the
// frames captured now). Frames from the top down to the topmost call of `constructorOpt` are
// left out, all of them when it is not on the stack; the call is told by its frame's name.
Object.defineProperty(Error, 'captureStackTrace', {
  value: native.asBuiltin(function captureStackTrace(error, constructorOpt) {
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
      throw new TypeError('invalid_argument');
    }
    let frames = native.stackFrames().split('\n').filter((line) => line !== '');
    if (typeof constructorOpt === 'function') {
      const name = constructorOpt.name;
      const at = name ? frames.findIndex((line) => {
        // `Timeout.g [as _onTimeout]`: the function is `g`, whatever it was called through.
        const callee = line.trim().slice(3).split(' (')[0].replace(/ \[as [^\]]*\]$/, '');
        return callee === name || callee === `new ${name}` || callee.endsWith(`.${name}`);
      }) : -1;
      frames = at === -1 ? [] : frames.slice(at + 1);
    }
    const define = (value) => Object.defineProperty(error, 'stack', { value, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(error, 'stack', {
      get() {
        const name = error.name === undefined ? 'Error' : `${error.name}`;
        const message = error.message === undefined ? '' : `${error.message}`;
        const header = name === '' ? message : message === '' ? name : `${name}: ${message}`;
        // A script's own Error.prepareStackTrace makes it (src/js/call_sites.js).
        const prepared = internals.call_sites?.prepare(error, frames.join('\n'));
        const stack = prepared !== undefined ? prepared.value
          : frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
        define(stack);
        return stack;
      },
      set(value) { define(value); },
      enumerable: false,
      configurable: true,
    });
  }),
  writable: true,
  enumerable: false,
  configurable: true,
});

// The engine's own `then`, for the loader's awaits (Node's PromisePrototypeThen primordial).
const promiseThen = Promise.prototype.then;

// run_main.js's 'exit' listener while an ES module entry is unsettled: a top-level await that
// never settled exits with 13 (kUnfinishedTopLevelAwait), unless exitCode was set.
function handleProcessExit() {
  process.exitCode ??= 13;
}

// Errors the engine makes reach rejection handlers in V8's words (see src/v8_messages.rs):
// the runtime's `HostCallJobCallback` surfaces the reason before a `then`'s `onRejected` runs
// (src/async_frames.rs tells it which reaction that is), with no wrapper made per `then`.

// ---------------------------------------------------------------- inspect's view of an object
// What src/capture.rs needs to know about one object, read as Node's lib/internal/util/inspect.js
// reads it: the constructor name (`getConstructorName`), the own `Symbol.toStringTag`, and the
// own properties with their descriptors.
// Node's getConstructorName (lib/internal/util/inspect.js): the first own `constructor` on
// the chain that is a named function the object is an instance of; with none, and a chain not
// ending in null, V8's class name and the first prototype (`Object <[Object: null prototype] {}>`).
// V8's JSReceiver::GetConstructorName (objects.cc GetConstructorHelper) past the map's own
// constructor, which a script cannot see: along the chain, an own data `Symbol.toStringTag`
// that is a string, or (on a prototype, not the object itself) an own data `constructor` that
// is a function named other than '' and 'Object'; else the class name.
function v8ConstructorName(obj) {
  // The constructor of the object's map first (src/map_constructor.rs notes it before a
  // prototype change), then the chain's tags and constructors.
  const made = native.mapConstructorName(obj);
  if (made !== undefined) return made;
  for (let current = obj; current !== null; current = Object.getPrototypeOf(current)) {
    const tag = Object.getOwnPropertyDescriptor(current, Symbol.toStringTag);
    if (tag !== undefined && typeof tag.value === 'string') return tag.value;
    if (current === obj) continue;
    const ctor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (ctor !== undefined && typeof ctor.value === 'function') {
      const name = ctor.value.name;
      if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
    }
  }
  return typeof obj === 'function' ? 'Function' : 'Object';
}
function inspectConstructorName(obj, depthLeft = 2) {
  let tmp = obj;
  let firstProto;
  while (tmp !== null && tmp !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(tmp, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      try {
        if (obj instanceof descriptor.value) return descriptor.value.name;
      } catch { /* a throwing Symbol.hasInstance */ }
    }
    tmp = Object.getPrototypeOf(tmp);
    if (firstProto === undefined) firstProto = tmp;
  }
  if (firstProto === null) return null;
  const res = v8ConstructorName(obj);
  if (depthLeft < 0) return `${res} <Complex prototype>`;
  const protoConstr = inspectConstructorName(firstProto, depthLeft - 1);
  if (protoConstr === null) {
    return `${res} <${native.inspect(firstProto, { depth: -1, customInspect: false })}>`;
  }
  return `${res} <${protoConstr}>`;
}
// Node's builtInObjects: the capitalised globals before Node adds its own (the engine's).
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e)));
function isBuiltInConstructorOf(proto) {
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  return d !== undefined && typeof d.value === 'function' && builtInObjects.has(d.value.name);
}
// One property as capture.rs reads it: [key, isData, value or hasGet, hasSet, enumerable].
function describeProperty(key, d) {
  if ('value' in d) return [key, true, d.value, false, d.enumerable];
  return [key, false, d.get !== undefined, d.set !== undefined, d.enumerable];
}
// Node's addPrototypeProperties, called from getConstructorName with showHidden: the
// non-function properties of up to three prototype layers, from the first one (or the one
// above the object, when the object holds its constructor itself), stopping at null or at a
// layer whose constructor is a built-in; `constructor` and keys the object or a nearer layer
// holds are left out. Only when the constructor found is not the first prototype's built-in.
function inspectProtoKeys(obj) {
  let firstProto;
  let found;
  for (let tmp = obj; tmp !== null; ) {
    const d = Object.getOwnPropertyDescriptor(tmp, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') {
      let instance = false;
      try { instance = obj instanceof d.value; } catch { /* a throwing Symbol.hasInstance */ }
      if (instance) { found = firstProto !== tmp || !builtInObjects.has(d.value.name); break; }
    }
    tmp = Object.getPrototypeOf(tmp);
    if (firstProto === undefined) firstProto = tmp;
  }
  if (!found) return [];
  const out = [];
  let layer = firstProto || obj;
  let keySet = new Set();
  let keys;
  for (let depth = 0; depth !== 3; depth++) {
    if (depth !== 0 || layer === obj) {
      layer = Object.getPrototypeOf(layer);
      if (layer === null || isBuiltInConstructorOf(layer)) break;
    }
    if (depth !== 0) for (const key of keys) keySet.add(key);
    keys = Reflect.ownKeys(layer);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(obj, key) || (depth !== 0 && keySet.has(key))) continue;
      const d = Reflect.getOwnPropertyDescriptor(layer, key);
      if (d === undefined || typeof d.value === 'function') continue;
      out.push(describeProperty(key, d));
    }
  }
  return out;
}
function inspectDescribe(obj, showHidden, skipIndices) {
  const keys = [];
  const own = Reflect.ownKeys(obj);
  for (const key of own) {
    if (skipIndices && typeof key === 'string' && key !== '' && String(key >>> 0) === key && (key >>> 0) !== 4294967295) continue;
    const d = Reflect.getOwnPropertyDescriptor(obj, key);
    if (d === undefined) continue;
    if (!d.enumerable && !showHidden && !(obj instanceof Error && (key === 'cause' || key === 'errors'))) continue;
    keys.push(describeProperty(key, d));
  }
  // V8 gives sloppy-mode ordinary functions own `arguments` and `caller` (null), after `name`;
  // Boa does not, so showHidden adds them where V8 has them.
  if (showHidden && typeof obj === 'function') {
    const source = Function.prototype.toString.call(obj);
    // A class (Boa prints its source as a function's) has a read-only `prototype`.
    const prototype = Reflect.getOwnPropertyDescriptor(obj, 'prototype');
    const isClass = source.startsWith('class') || (prototype !== undefined && prototype.writable === false && source.endsWith('{ [native code] }'));
    // A built-in or bound function (`{ [native code] }`) has neither, as in V8.
    const native = /\{\s*\[native code\]\s*\}$/.test(source);
    const sloppy = !isClass && !native && /^function\s*[\w$]*\s*\(/.test(source) && !/^[^{]*\{\s*['"]use strict['"]/.test(source);
    if (sloppy && !Object.prototype.hasOwnProperty.call(obj, 'arguments')) {
      const at = keys.findIndex((k) => k[0] === 'name') + 1;
      keys.splice(at, 0, ['arguments', true, null, false, false], ['caller', true, null, false, false]);
    }
  }
  // Node's formatRaw reads the constructor (own descriptors up the chain), then the tag, once
  // each: a proxy prototype (a circular require's exports) sees exactly those reads.
  const protoIsNull = Object.getPrototypeOf(obj) === null;
  const ctor = protoIsNull ? null : inspectConstructorName(obj);
  let tag = obj[Symbol.toStringTag];
  if (typeof tag !== 'string') tag = undefined;
  const tagDescriptor = Reflect.getOwnPropertyDescriptor(obj, Symbol.toStringTag);
  const boxed = typeof obj === 'object' ? native.boxedPrimitive(obj) : undefined;
  let kind;
  // An arguments object has its own `callee` and `length`; only then ask
  // Object.prototype.toString (which reads the tag again) to be sure.
  const hasOwn = (key) => Object.prototype.hasOwnProperty.call(obj, key);
  if (hasOwn('callee') && hasOwn('length') && Object.prototype.toString.call(obj) === '[object Arguments]') kind = 'arguments';
  let functionKind;
  if (typeof obj === 'function') {
    const source = Function.prototype.toString.call(obj);
    if (source.startsWith('class')) functionKind = 'class';
    else if (!source.endsWith('{ [native code] }')) {
      // V8's IsAsyncFunction/IsGeneratorFunction read the function's own kind, which its
      // source says, not its prototype (`util.callbackify` gives a plain function
      // AsyncFunction.prototype).
      const generator = /^(async\s*)?(function\s*)?\*/.test(source);
      const isAsync = /^async\b/.test(source) && (!/^async\s*\(/.test(source) || /^async\s*\([^)]*\)\s*=>/.test(source));
      functionKind = `${isAsync ? 'Async' : ''}${generator ? 'Generator' : ''}Function`;
    } else {
      const ctor = Object.getPrototypeOf(obj) && Object.getPrototypeOf(obj).constructor;
      functionKind = ctor ? ctor.name : 'Function';
    }
  }
  // Map and Set by their internal slots (Node's isMap/isSet), so a null prototype still counts.
  const collection = native.collectionKind(obj);
  let entries;
  if (collection === 'map') entries = Array.from(Map.prototype.entries.call(obj));
  else if (collection === 'set') entries = Array.from(Set.prototype.values.call(obj));
  return {
    ctor,
    // V8's GetConstructorName, read by inspect only for a null prototype (getCtxStyle).
    className: protoIsNull ? v8ConstructorName(obj) : undefined,
    protoKeys: showHidden && !protoIsNull ? inspectProtoKeys(obj) : undefined,
    tag,
    tagOwn: tagDescriptor ? !!tagDescriptor.enumerable : undefined,
    keys,
    boxed,
    kind,
    functionKind,
    entries,
    extendsName: typeof obj === 'function' && Object.getPrototypeOf(obj) ? Object.getPrototypeOf(obj).name : undefined,
    // A class's `prototype` is read-only; an ordinary function's is writable.
    // A class whose text is not known shows Boa's `{ [native code] }`; a function whose text
    // is known is no class even with a read-only `prototype` (a frozen function).
    prototypeReadOnly: typeof obj === 'function' && Function.prototype.toString.call(obj).endsWith('{ [native code] }') && Reflect.getOwnPropertyDescriptor(obj, 'prototype')?.writable === false,
  };
}

// ---------------------------------------------------------------- events (lib/events.js)
// EventEmitter as Node 20 has it: listeners in `_events` (one function, or an array once there
// are two), `emit` calling a copy of the array (so a removal during an emit does not affect
// that emit), the static helpers (`once`, `on`, `getEventListeners`, ...) of `require('events')`.
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
let defaultMaxListeners = 10;

// Node's ERR_INVALID_ARG_TYPE wording: a dotted name is a "property", else an "argument".
function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  // As lib/internal/validators.js: NaN is out of range only when a bound is given.
  if (min != null && (value < min || Number.isNaN(value))) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= ${min}. Received ${native.inspect(value, {})}`);
  }
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}
// lib/internal/errors.js AbortError: what an aborted `events.once`/`events.on` rejects with.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
// The statics in Node's order (`Object.keys(require('events'))` lists them so).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = eventsOnce;
EventEmitter.on = eventsOn;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListenersOf;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get: () => lazyEventEmitterAsyncResource(),
  set: undefined,
  enumerable: true,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() { return defaultMaxListeners; },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (internals.event_target.isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
    }
  }
};
EventEmitter.init = function (opts) {
  // A subclass whose prototype carries `_events` keeps it ("shape mode": removals leave
  // undefined slots instead of deleting keys).
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// captureRejections: a listener's rejected promise becomes, on a later tick, a call to
// `emitter[Symbol.for('nodejs.rejection')]` or an 'error' event.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      Reflect.apply(then, promise, [undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Capture is off while the error is emitted, so an async 'error' listener cannot loop.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};
function maxListenersOf(that) {
  return that._maxListeners === undefined ? EventEmitter.defaultMaxListeners : that._maxListeners;
}
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// Where Node throws an unhandled 'error' (lib/events.js in v20.20.2), for the fatal report.
const UNHANDLED_ERROR_SITE = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
const UNHANDLED_VALUE_SITE = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";

// lib/internal/util/inspect.js identicalSequenceRange: where the longest run (over 3) of
// `a`'s lines that `b` also has starts, and its length.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// lib/events.js enhanceStackTrace: the emit site's frames, those it shares with the error's
// own stack folded into one line.
function enhanceStackTrace(err, own, ctorName) {
  const ctorInfo = ctorName && ctorName !== 'EventEmitter' ? ` on ${ctorName} instance` : '';
  const errStack = String(err.stack).split('\n').slice(1);
  const ownStack = String(own).split('\n');
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

const emitReceivers = [];
// The EventTargets whose dispatch is on the stack, outermost first (event_target.js pushes
// them), and those an error escaping a listener left: stack.rs names Node's frames after them.
const dispatchTargets = [];
const thrownTargets = new WeakMap();
EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    // errorMonitor listeners see the error before the 'error' listeners (or the throw).
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      native.setThrowSite(er, UNHANDLED_ERROR_SITE);
      // If it ends the process, Node's report adds where the 'error' was emitted.
      const own = native.stackFrames();
      const ctorName = this.constructor?.name;
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        value: () => enhanceStackTrace(er, own, ctorName),
        configurable: true,
      });
      throw er; // Unhandled 'error' event
    }
    let stringified;
    try { stringified = native.inspect(er, {}); } catch { stringified = er; }
    // The error's emit frame is named after this emitter (`Bus.emit`), as for a listener's.
    emitReceivers.push(this, false);
    let err;
    try {
      err = codedError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${stringified})`);
    } finally {
      emitReceivers.length -= 2;
    }
    err.context = er;
    native.setThrowSite(err, UNHANDLED_VALUE_SITE);
    // Made inside emit: its top frame is this emit's, at the line that makes the error.
    const stack = `${err.stack}`.replace(/^( {4}at [^\n]*\.emit )\(node:events:\d+:\d+\)$/m, '$1(node:events:513:17)');
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  // V8 names a listener's frame after its receiver (`Foo.<anonymous>`), and Node's emit frame
  // is on another line for an array of listeners: stack.rs reads both here.
  emitReceivers.push(this, typeof handler !== 'function');
  try {
    if (typeof handler === 'function') {
      const result = Reflect.apply(handler, this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    } else {
      const listeners = handler.slice();
      for (let i = 0; i < listeners.length; ++i) {
        const result = Reflect.apply(listeners[i], this, args);
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    }
  } catch (err) {
    native.noteEmitters(err);
    throw err;
  } finally {
    emitReceivers.length -= 2;
  }
  return true;
};

function _addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') {
    const caller = prepend ? 'prependListener (node:events:630:14)' : 'addListener (node:events:616:10)';
    validateFunction(listener, 'listener', [CHECK_LISTENER, '_addListener (node:events:557:3)', `${receiverName(target)}.${caller}`]);
  }
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // 'newListener' comes before the listener is added (a once-wrapper reports what it wraps).
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = maxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = new Error(`Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners added to ${native.inspect(target, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
      Object.assign(w, { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
      process.emitWarning(w);
    }
  }
  return target;
}
EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
  return undefined;
}
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener', [CHECK_LISTENER, `${receiverName(this)}.once (node:events:658:3)`]);
  this.on(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener', [CHECK_LISTENER, `${receiverName(this)}.prependOnceListener (node:events:673:7)`]);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener', [CHECK_LISTENER, `${receiverName(this)}.removeListener (node:events:687:7)`]);
  const events = this._events;
  if (events === undefined || events[type] === undefined) return this;
  const list = events[type];
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      // Node emits no 'removeListener' when the last listener of all goes.
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift(); else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  // Without 'removeListener' listeners there is nobody to tell: drop the lists at once.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  // Otherwise one by one, last added first, 'removeListener' itself last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};
function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined || events[type] === undefined) return [];
  const l = events[type];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => (typeof f.listener === 'function' ? f.listener : f)) : l.slice();
}
EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
};
function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (typeof l === 'function') {
    if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
    return 1;
  }
  if (l === undefined) return 0;
  if (listener != null) return l.filter((f) => f === listener || f.listener === listener).length;
  return l.length;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, kEvents } = internals.event_target;
  if (isEventTarget(emitterOrTarget)) {
    const listeners = [];
    for (let handler = emitterOrTarget[kEvents].get(type)?.next; handler !== undefined; handler = handler.next) {
      listeners.push(handler.listener);
    }
    return listeners;
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}
function getMaxListenersOf(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

// lib/internal/events/abort_listener.js: run `listener` once the signal aborts (in a microtask
// when it already has); returns a disposable that removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true, [internals.event_target.kResistStopPropagation]: true });
    remove = () => { signal.removeEventListener('abort', listener); };
  }
  return { __proto__: null, [Symbol.dispose]() { remove?.(); } };
}

// Listening on either an EventEmitter or an EventTarget, as events.once and events.on do.
// Where lib/events.js's eventTargetAgnosticAddListener (1042) and ...RemoveListener (1028)
// throw, for the report of an error that ends the process.
const AGNOSTIC_THROW_SITE = (line) =>
  `node:events:${line}\n    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);\n          ^\n`;
function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener); else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    const err = invalidArgType('emitter', 'an instance of EventEmitter', emitter);
    native.setThrowSite(err, AGNOSTIC_THROW_SITE(1042));
    throw err;
  }
}
function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
  else {
    const err = invalidArgType('emitter', 'an instance of EventEmitter', emitter);
    native.setThrowSite(err, AGNOSTIC_THROW_SITE(1028));
    throw err;
  }
}

// events.once(emitter, name[, { signal }]): an async function in Node, so even its argument
// errors reject; resolves with the event's arguments, rejects on 'error' or an abort.
async function eventsOnce(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  // Named so that an error it throws (an emitter of the wrong type) shows Node's frames.
  return new Promise(function onceExecutor(resolve, reject) {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    const kResist = internals.event_target.kResistStopPropagation;
    agnosticAdd(emitter, name, resolver, { once: true, [kResist]: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, { once: true, [kResist]: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}
// lib/internal/errors.js ERR_OUT_OF_RANGE: integers beyond 2^32 (and bigints) are written with
// numerical separators, anything else inspected.
function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = addNumericalSeparator(String(value));
  } else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = native.inspect(value, {});
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}
// lib/internal/validators.js validateInteger.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

// events.on(emitter, name[, options]): an async iterator over the events; events that come
// while nobody waits are queued (pausing the emitter past highWaterMark), 'error' rejects the
// next read, an abort or a `close` event ends it.
function eventsOn(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const result = (value, done) => ({ value, done });

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(result(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  const added = [];
  const listen = (name, handler) => {
    agnosticAdd(emitter, name, handler);
    added.push([name, handler]);
  };
  listen(event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) for (const name of closeEvents) listen(name, closeHandler);
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }
  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWatermark) {
        paused = true;
        emitter.pause();
      }
    } else {
      unconsumedPromises.shift().resolve(result(value, false));
    }
  }
  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }
  function closeHandler() {
    abortDisposable?.[Symbol.dispose]();
    while (added.length > 0) {
      const [name, handler] = added.pop();
      agnosticRemove(emitter, name, handler);
    }
    finished = true;
    const done = result(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

// EventEmitterAsyncResource: an EventEmitter that is also an async resource (node:async_hooks'
// AsyncResource): its listeners run in the async context it was made in.
let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
  const { AsyncResource } = loadBuiltin('async_hooks');
  const kAsyncResource = Symbol('kAsyncResource');
  const kEventEmitter = Symbol('kEventEmitter');
  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }
    get eventEmitter() { return this[kEventEmitter]; }
  }
  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource && options?.name !== undefined && typeof options.name !== 'string') {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options.name" property must be of type string.${describeReceived(options.name)}`);
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
    }
    emitDestroy() { this.asyncResource.emitDestroy(); }
    get asyncId() { return this.asyncResource.asyncId(); }
    get triggerAsyncId() { return this.asyncResource.triggerAsyncId(); }
    get asyncResource() { return this[kAsyncResource]; }
  };
  return EventEmitterAsyncResource;
}

// ---------------------------------------------------------------- process
// As in Node, `process` is an instance of a `process` function whose prototype (holding only
// `constructor`) inherits from EventEmitter's, so inspect names it `process`.
const processConstructor = function process() {};
processConstructor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: processConstructor, writable: true, configurable: true },
});
const process = Object.create(processConstructor.prototype);
EventEmitter.init.call(process);
process.title = 'node';
process.version = 'v20.20.2';
process.arch = 'x64';
process.platform = 'linux';
process.execPath = '/usr/local/bin/node';
process.argv0 = 'node';
process.execArgv = [];
// The rest of process (identity, env, chdir, kill, warnings, stdio) is src/js/process.js.
process.env = { __proto__: null, ...native.env };
process.exitCode = undefined;
process._exiting = false;
process.cwd = function cwd() { return native.cwd; };
process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback', ['process.nextTick (node:internal/process/task_queues:104:3)']);
  if (process._exiting) return;
  native.nextTick(callback, args);
};
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  native.reallyExit(process.exitCode | 0);
};
process.reallyExit = (code) => native.reallyExit(code | 0);
process.hrtime = function hrtime() {
  const ns = native.hrtimeNs();
  return [Math.floor(ns / 1e9), ns % 1e9];
};
process.hrtime.bigint = function bigint() { return BigInt(native.hrtimeNs()); };
process.uptime = function uptime() { return native.nowMs() / 1000; };
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true, writable: false, enumerable: false });

// ---------------------------------------------------------------- timers (lib/internal/timers.js)
// Node keeps each duration's timers in a TimersList, a circular doubly linked list through
// `_idleNext` (older) and `_idlePrev` (newer) (lib/internal/linkedlist.js), and the lists in a
// binary heap by (expiry, id) whose index each list knows (`priorityQueuePosition`). The loop's
// own bookkeeping is src/timers.rs; these objects mirror it with Node's shapes, for what a
// program sees (`timeout._idleNext`, inspect's `[TimersList]`). The loop calls `timerLinks`
// where Node's listOnTimeout changes them.
let timerListId = Number.MIN_SAFE_INTEGER;
const inspectCustomKey = Symbol.for('nodejs.util.inspect.custom');
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  // Node shows one level of a list, without recursing.
  [inspectCustomKey](_, options) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}
const linkedList = {
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    item._idleNext = null;
    item._idlePrev = null;
  },
  append(list, item) {
    if (item._idleNext || item._idlePrev) linkedList.remove(item);
    item._idleNext = list._idleNext;
    list._idleNext._idlePrev = item;
    item._idlePrev = list;
    list._idleNext = item;
  },
  isEmpty(list) { return list._idleNext === list; },
};
// lib/internal/priority_queue.js with timers.js's comparison and position setter.
class TimerListQueue {
  #heap = [undefined];
  #size = 0;
  static compare(a, b) {
    const expiryDiff = a.expiry - b.expiry;
    if (expiryDiff === 0) {
      if (a.id < b.id) return -1;
      if (a.id > b.id) return 1;
    }
    return expiryDiff;
  }
  insert(value) {
    const pos = ++this.#size;
    this.#heap[pos] = value;
    this.percolateUp(pos);
  }
  percolateDown(pos) {
    const heap = this.#heap;
    const size = this.#size;
    const item = heap[pos];
    if (item === undefined) return;
    while (pos * 2 <= size) {
      let childIndex = pos * 2 + 1;
      if (childIndex > size || TimerListQueue.compare(heap[pos * 2], heap[childIndex]) < 0) childIndex = pos * 2;
      const child = heap[childIndex];
      if (TimerListQueue.compare(item, child) <= 0) break;
      child.priorityQueuePosition = pos;
      heap[pos] = child;
      pos = childIndex;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  percolateUp(pos) {
    const heap = this.#heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos / 2 | 0];
      if (TimerListQueue.compare(parent, item) <= 0) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos = pos / 2 | 0;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && TimerListQueue.compare(heap[pos / 2 | 0], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }
}
const timerListMap = { __proto__: null };
const timerListQueue = new TimerListQueue();
// Node's `insert(item, msecs, start)`, after the loop armed the timer (and set `_idleStart`).
function linkTimer(item) {
  const msecs = item._idleTimeout;
  let list = timerListMap[msecs];
  if (list === undefined) {
    list = new TimersList(item._idleStart + msecs, msecs);
    timerListMap[msecs] = list;
    timerListQueue.insert(list);
  }
  linkedList.append(list, item);
}
// What the loop's listOnTimeout does to the lists: a timer taken out to run, an interval put
// back, a list waiting longer (new expiry and id), a list run to its end.
function timerLinks(op, value, expiry) {
  if (op === 'remove') {
    linkedList.remove(value);
  } else if (op === 'insert') {
    linkTimer(value);
  } else if (op === 'rearm') {
    const list = timerListMap[value];
    if (list === undefined) return;
    list.expiry = expiry;
    list.id = timerListId++;
    timerListQueue.percolateDown(list.priorityQueuePosition);
  } else if (op === 'done') {
    const list = timerListMap[value];
    if (list === undefined || !linkedList.isEmpty(list)) return;
    delete timerListMap[value];
    timerListQueue.removeAt(list.priorityQueuePosition);
  }
}

function Timeout(callback, after, args, isRepeat, isRefed) {
  after *= 1;
  if (!(after >= 1 && after <= 2147483647)) {
    if (after > 2147483647) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  this._idleTimeout = after;
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  this[kRefed] = isRefed;
  this[kHasPrimitive] = false;
  this[kAsyncId] = native.newAsyncId();
  this[kTriggerId] = native.triggerAsyncId();
}
Timeout.prototype.refresh = function refresh() {
  if (this[kRefed] === null) return this;
  if (!this._destroyed) {
    native.timerRefresh(this[kAsyncId]);
    linkTimer(this);
  } else if (this._idleTimeout >= 0) {
    // Node's `insertGuarded`: a timeout that already fired (a cleared one has _idleTimeout -1)
    // goes back into its list as a new async resource, ref'd or not as it was.
    this._destroyed = false;
    this[kAsyncId] = native.newAsyncId();
    this[kTriggerId] = native.triggerAsyncId();
    native.timerInsert(this, this[kAsyncId], this._repeat === null ? 'setTimeout' : 'setInterval');
    linkTimer(this);
    if (!this[kRefed]) native.timerRef(this[kAsyncId], false);
  }
  return this;
};
Timeout.prototype.unref = function unref() {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) native.timerRef(this[kAsyncId], false);
  }
  return this;
};
Timeout.prototype.ref = function ref() {
  if (!this[kRefed]) {
    this[kRefed] = true;
    if (!this._destroyed) native.timerRef(this[kAsyncId], true);
  }
  return this;
};
Timeout.prototype.hasRef = function hasRef() { return this[kRefed]; };
// Node shows one level of a timer (its lists as `[TimersList]`), without recursing.
Timeout.prototype[inspectCustomKey] = function (_, options) {
  return inspect(this, { ...options, depth: 0, customInspect: false });
};
Timeout.prototype.close = function close() { clearTimeout(this); return this; };
// Node 20's timers are disposables (`using t = setTimeout(...)`): disposing clears them.
Timeout.prototype[Symbol.dispose] = function () { clearTimeout(this); };
Timeout.prototype[Symbol.toPrimitive] = function toPrimitive() {
  const id = this[kAsyncId];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};
const knownTimersById = { __proto__: null };

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback', ['setTimeout (node:timers:140:3)']);
  const timeout = new Timeout(callback, after, args.length ? args : undefined, false, true);
  native.timerInsert(timeout, timeout[kAsyncId], 'setTimeout');
  linkTimer(timeout);
  return timeout;
}
function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback', ['setInterval (node:timers:210:3)']);
  const timeout = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  native.timerInsert(timeout, timeout[kAsyncId], 'setInterval');
  linkTimer(timeout);
  return timeout;
}
function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  native.timerUnenroll(timer[kAsyncId]);
  linkedList.remove(timer);
  const list = timerListMap[timer._idleTimeout];
  if (list !== undefined && linkedList.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  timer._idleTimeout = -1;
}
function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}
function clearInterval(timer) {
  // clearTimeout can clear an interval, and clearInterval a timeout (lib/timers.js).
  clearTimeout(timer);
}

function Immediate(callback, args) {
  this._idleNext = null;
  this._idlePrev = null;
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this[kRefed] = true;
  this[kAsyncId] = native.newAsyncId();
  this[kTriggerId] = native.triggerAsyncId();
}
Immediate.prototype.ref = function ref() {
  if (this[kRefed] === false) { this[kRefed] = true; native.immediateRef(this[kAsyncId], true); }
  return this;
};
Immediate.prototype.unref = function unref() {
  if (this[kRefed] === true) { this[kRefed] = false; native.immediateRef(this[kAsyncId], false); }
  return this;
};
Immediate.prototype.hasRef = function hasRef() { return !!this[kRefed]; };
Immediate.prototype[Symbol.dispose] = function () { clearImmediate(this); };
function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback', ['setImmediate (node:timers:283:3)']);
  const immediate = new Immediate(callback, args.length ? args : undefined);
  native.immediateInsert(immediate, immediate[kAsyncId]);
  return immediate;
}
function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  native.immediateClear(immediate[kAsyncId]);
}
function queueMicrotask(callback) {
  validateFunction(callback, 'callback', ['queueMicrotask (node:internal/process/task_queues:150:3)']);
  native.queueMicrotask(callback);
}

// ---------------------------------------------------------------- util (the parts the core needs)
const customInspect = Symbol.for('nodejs.util.inspect.custom');
// lib/internal/util/inspect.js `inspectDefaultOptions`: every inspect, console.log included,
// starts from these; `util.inspect.defaultOptions = {...}` validates and merges into them.
const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
function validateOptionsObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be of type object.${describeReceived(value)}`);
  }
}
function format(...args) { return native.format(args, inspectDefaultOptions); }
function formatWithOptions(inspectOptions, ...args) {
  validateOptionsObject(inspectOptions, 'inspectOptions');
  return native.format(args, { ...inspectDefaultOptions, ...inspectOptions });
}
// lib/internal/util/inspect.js `inspect(value, opts)`, with the legacy
// `(value, showHidden, depth, colors)` signature, over `inspect.defaultOptions`.
function inspect(value, opts) {
  const ctx = { ...inspectDefaultOptions };
  if (arguments.length >= 3) {
    if (arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length >= 4 && arguments[3] !== undefined) ctx.colors = arguments[3];
  }
  if (typeof opts === 'boolean') ctx.showHidden = opts;
  else if (opts) Object.assign(ctx, opts);
  return native.inspect(value, ctx);
}
inspect.custom = customInspect;
function stylizeNoColor(str) { return str; }
function stylizeWithColor(str, styleType) {
  const style = inspect.styles === undefined ? undefined : inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    validateOptionsObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
// The util module itself (promisify, types, parseArgs, ...) is src/js/util.js; the loader
// finds these three until it registers.
const util = { format, formatWithOptions, inspect };

// ---------------------------------------------------------------- console
const counts = new Map();
const timersByLabel = new Map();
let groupIndent = '';
// The global console binds to the streams on its first use: one async resource for itself,
// and one more the first time it writes to stdout (measured on node 20.20.2).
let consoleUsed = false;
let consoleWroteStdout = false;
function writeConsole(fd, text) {
  const first = !consoleUsed;
  if (first) { consoleUsed = true; native.newAsyncId(); }
  // Node's kWriteToConsole writes to the console's `_stdout`/`_stderr` (process.stdout and
  // process.stderr until a program assigns its own stream).
  const stream = fd === 1 ? console._stdout : console._stderr;
  // The first call loads internal/util/colors, whose refresh() reads process.stderr.
  if (first) internals.stdioPipe?.(2);
  if (fd === 1 && !consoleWroteStdout) { consoleWroteStdout = true; native.newAsyncId(); }
  if (groupIndent !== '') text = groupIndent + text.split('\n').join(`\n${groupIndent}`);
  stream.write(`${text}\n`);
  native.consoleWrote(fd);
}
// Node's isMap/isSet: a brand check by a method that throws on any other receiver.
function hasSlot(method, value) {
  try { Reflect.apply(method, value, [undefined]); return true; } catch { return false; }
}
const console = {
  log(...args) { writeConsole(1, format(...args)); },
  info(...args) { writeConsole(1, format(...args)); },
  debug(...args) { writeConsole(1, format(...args)); },
  error(...args) { writeConsole(2, format(...args)); },
  warn(...args) { writeConsole(2, format(...args)); },
  dir(obj, options) { writeConsole(1, inspect(obj, { customInspect: false, ...options })); },
  trace(...args) {
    // Node's `trace`: an object named 'Trace' with the formatted message, whose captured
    // stack's first line is `ErrorUtils::ToString` of it (`Trace` alone for no message).
    const message = format(...args);
    writeConsole(2, `${message === '' ? 'Trace' : `Trace: ${message}`}\n${native.stackFrames()}`);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(console.warn, console, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    writeConsole(1, `${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!counts.has(label)) { process.emitWarning(`Count for '${label}' does not exist`); return; }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(console.log, console, data);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(0, groupIndent.length - 2); },
  time(label = 'default') {
    label = `${label}`;
    if (timersByLabel.has(label)) { process.emitWarning(`Label '${label}' already exists for console.time()`); return; }
    timersByLabel.set(label, native.nowMs());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (!timeLogImpl('timeEnd', label)) return;
    timersByLabel.delete(label);
  },
  timeLog(label = 'default', ...data) { timeLogImpl('timeLog', `${label}`, data); },
  // lib/internal/console/constructor.js `table`, drawn by src/inspect's cli_table port.
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) throw invalidArgType('properties', 'an instance of Array', properties);
    if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);
    return consoleTable(tabularData, properties, (text) => console.log(text), {});
  },
};
// The table of `table(tabularData, properties)` given to `log`, its cells inspected with the
// console's inspect options; shared with console.Console's (src/js/console.js).
function consoleTable(tabularData, properties, log, inspectOptions) {
  const final = (head, columns) => log(native.renderTable(head, columns));
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions });
  };
  const indexArray = (length) => Array.from({ length }, (_, i) => cell(i));
  // A Map or Set iterator is read with V8's previewEntries (what it has left, not consumed).
  const tag = Object.prototype.toString.call(tabularData);
  const mapIter = tag === '[object Map Iterator]';
  const setIter = tag === '[object Set Iterator]';
  let isKeyValue = false;
  if (mapIter || setIter) {
    const preview = native.previewEntries(tabularData);
    if (preview !== undefined) {
      tabularData = preview[0];
      isKeyValue = mapIter && preview[1];
    }
  }
  if (isKeyValue || hasSlot(Map.prototype.has, tabularData)) {
    const keys = [];
    const values = [];
    if (isKeyValue) {
      for (let i = 0; i < tabularData.length / 2; i++) {
        keys.push(cell(tabularData[i * 2]));
        values.push(cell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) { keys.push(cell(k)); values.push(cell(v)); }
    }
    return final(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values]);
  }
  if (setIter || mapIter || hasSlot(Set.prototype.has, tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(cell(v));
    return final(['(iteration index)', 'Values'], [indexArray(values.length), values]);
  }
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) { keys.push('Values'); values.push(valuesKeyArray); }
  keys.unshift('(index)');
  values.unshift(indexKeyArray);
  return final(keys, values);
}
// lib/internal/console/constructor.js: the methods in `consoleMethods`' order, then the
// aliases Node makes of them (debug, info, dirxml of log; error of warn; groupCollapsed of
// group, each with its own name), then lib/internal/console/global.js's `Console` and the
// inspector's console methods (no inspector is attached: they do nothing); `clear` only
// clears a TTY, and the playground's stdout is not one. `Object [console]` when inspected.
{
  const methods = {
    clear() {},
    dirxml(...data) { Reflect.apply(console.log, console, data); },
    groupCollapsed(...data) { Reflect.apply(console.group, console, data); },
    // Its place among the keys; src/js/console.js puts the constructor there.
    Console: null,
    profile() {},
    profileEnd() {},
    timeStamp() {},
    context() { return console; },
    createTask() { return { run: (f) => f() }; },
  };
  Object.assign(console, methods);
  const order = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset',
    'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed', 'Console', 'profile',
    'profileEnd', 'timeStamp', 'context', 'createTask'];
  for (const name of order) {
    const value = console[name];
    delete console[name];
    console[name] = value;
  }
  // lib/internal/util/inspector.js's wrapConsole: each method the inspector's console also
  // has becomes `consoleCall` bound to three arguments (length 0); the inspector's own are
  // V8's builtins (`context(name)` has length 1).
  for (const name of order) {
    if (name !== 'Console' && typeof console[name] === 'function') {
      Object.defineProperty(console[name], 'length', { value: name === 'context' ? 1 : 0 });
    }
  }
  // kBindProperties' fields after the aliases, then kBindStreamsLazy's `_stdout`/`_stderr`
  // after the inspector's methods: process.stdout/stderr, read when first asked for (a program
  // may replace them; console's own writes still go to the process's stdio).
  const hidden = { writable: true, enumerable: false, configurable: true };
  // createWriteErrorHandler: a failed write must not become an uncaught 'error'.
  const errorHandler = (name) => (err) => {
    const stream = console[name];
    if (err !== null && !stream._writableState?.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', () => {});
    }
  };
  const fields = {
    _stdoutErrorHandler: errorHandler('_stdout'),
    _stderrErrorHandler: errorHandler('_stderr'),
    _ignoreErrors: true,
    _times: timersByLabel,
  };
  const lazyStream = (name) => {
    let stream;
    return {
      enumerable: false,
      configurable: true,
      get() { return (stream ??= process[name]); },
      set(value) { stream = value; },
    };
  };
  const position = order.indexOf('groupCollapsed') + 1;
  const after = order.slice(position);
  for (const name of after) delete console[name];
  for (const [name, value] of Object.entries(fields)) Object.defineProperty(console, name, { ...hidden, value });
  for (const name of after) console[name] = methods[name] ?? Object.getOwnPropertyDescriptor(methods, name)?.value;
  Object.defineProperty(console, '_stdout', lazyStream('stdout'));
  Object.defineProperty(console, '_stderr', lazyStream('stderr'));
  Object.defineProperty(console, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
}
function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) { hours = Math.floor(ms / 3600000); ms %= 3600000; }
      minutes = Math.floor(ms / 60000); ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, msPart] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${s.padStart(2, '0')}.${msPart} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}
function timeLogImpl(name, label, data) {
  const time = timersByLabel.get(label);
  if (time === undefined) { process.emitWarning(`No such label '${label}' for console.${name}()`); return false; }
  const duration = native.nowMs() - time;
  if (data === undefined) writeConsole(1, `${label}: ${formatTime(duration)}`);
  else writeConsole(1, `${label}: ${formatTime(duration)} ${format(...data)}`);
  return true;
}

// ---------------------------------------------------------------- path (POSIX, lib/path.js)
// `frame` is the path method's own frame in Node 20.20.2's lib/path.js (the posix one, called
// on the path object), where its validateString call is.
function validatePathString(value, name, frame) {
  if (typeof value !== 'string') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type string.${describeReceived(value)}`);
    if (frame) atHiddenValidator(err, [`Object.${frame}`]);
    throw err;
  }
}

// Resolve '.' and '..' segments and collapse repeated slashes; '..' above the start is kept only
// for a relative path (`allowAboveRoot`). Returns the segments joined, without a leading slash.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}

// Where the last component of `path` ends (trailing slashes excluded) and starts; the root
// slash of an absolute path is never part of a component.
function lastComponent(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return { start, end };
}

// The extension of one component, by Node's rules: from the last dot, but not for a leading
// dot ('.bashrc') nor for '..'.
function extensionOf(component) {
  const dot = component.lastIndexOf('.');
  if (dot <= 0 || component === '..') return '';
  return component.slice(dot);
}

const path = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validatePathString(p, `paths[${i}]`, 'resolve (node:path:1223:7)');
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === 47;
    }
    resolved = normalizeSegments(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },
  normalize(p) {
    validatePathString(p, 'path', 'normalize (node:path:1260:5)');
    if (p.length === 0) return '.';
    const absolute = p.charCodeAt(0) === 47;
    const trailingSeparator = p.charCodeAt(p.length - 1) === 47;
    let normalized = normalizeSegments(p, !absolute);
    if (normalized.length === 0) {
      if (absolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) normalized += '/';
    return absolute ? `/${normalized}` : normalized;
  },
  isAbsolute(p) {
    validatePathString(p, 'path', 'isAbsolute (node:path:1289:5)');
    return p.length > 0 && p.charCodeAt(0) === 47;
  },
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const arg of args) {
      validatePathString(arg, 'path', 'join (node:path:1305:7)');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return path.normalize(joined);
  },
  relative(from, to) {
    validatePathString(from, 'from', 'relative (node:path:1323:5)');
    validatePathString(to, 'to', 'relative (node:path:1324:5)');
    if (from === to) return '';
    from = path.resolve(from);
    to = path.resolve(to);
    if (from === to) return '';
    const fromParts = from.split('/').filter(Boolean);
    const toParts = to.split('/').filter(Boolean);
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
  },
  toNamespacedPath(p) {
    return p;
  },
  dirname(p) {
    validatePathString(p, 'path', 'dirname (node:path:1408:5)');
    if (p.length === 0) return '.';
    const hasRoot = p.charCodeAt(0) === 47;
    // The slash just before the last component; Node keeps any slashes before it ('a//b' ->
    // 'a/') and a leading pair ('//a' -> '//').
    const slash = lastComponent(p).start - 1;
    if (slash < 1) return hasRoot ? '/' : '.';
    if (hasRoot && slash === 1) return '//';
    return p.slice(0, slash);
  },
  basename(p, suffix) {
    if (suffix !== undefined) validatePathString(suffix, 'suffix', 'basename (node:path:1440:7)');
    validatePathString(p, 'path', 'basename (node:path:1441:5)');
    const { start, end } = lastComponent(p);
    const base = p.slice(start, end);
    if (suffix === undefined || suffix.length === 0 || suffix.length > p.length) return base;
    if (suffix === p) return '';
    if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
    // Node matches the suffix backwards from the component's end: when the component (or
    // nothing) is all it matched before running out, it returns the path from the component's
    // start, trailing slashes included.
    if (base === '') return p;
    if (base.length < suffix.length && suffix.endsWith(base)) return p.slice(start);
    return base;
  },
  extname(p) {
    validatePathString(p, 'path', 'extname (node:path:1518:5)');
    const { start, end } = lastComponent(p);
    return extensionOf(p.slice(start, end));
  },
  format(pathObject) {
    if (pathObject === null || typeof pathObject !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pathObject" argument must be of type object.${describeReceived(pathObject)}`);
    }
    const dir = pathObject.dir || pathObject.root;
    const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
  },
  parse(p) {
    validatePathString(p, 'path', 'parse (node:path:1582:5)');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return ret;
    const absolute = p.charCodeAt(0) === 47;
    if (absolute) ret.root = '/';
    const { start, end } = lastComponent(p);
    // The component never includes the root slash; the directory is everything before the
    // slash that precedes the component (the root if there is none).
    const componentStart = absolute && start === 0 ? 1 : start;
    const separator = componentStart > (absolute ? 1 : 0) ? componentStart - 1 : -1;
    ret.dir = separator > 0 ? p.slice(0, separator) : ret.root;
    if (end <= componentStart) return ret;
    ret.base = p.slice(componentStart, end);
    ret.ext = extensionOf(ret.base);
    ret.name = ret.ext ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    return ret;
  },
  // minimatch, in src/js/glob.js (internal/glob).
  matchesGlob(p, pattern) {
    return internals.glob.matchesGlob(p, pattern, false);
  },
  sep: '/',
  delimiter: ':',
  // src/js/path_win32.js (internal/path_win32) fills in `win32` when it loads.
  win32: null,
  posix: null,
};
path.posix = path;
path._makeLong = path.toNamespacedPath;

// ---------------------------------------------------------------- modules (CommonJS)
const timersModule = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
};
const builtinModules = {
  timers: timersModule,
  process,
  util,
  events: EventEmitter,
  path,
  'path/posix': path,
  console,
};
// Node 20.20's `require('module').builtinModules`, in its order: every name `require` knows
// without the `node:` prefix, whether or not the playground models it.
const nodeBuiltinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// The ones only `node:` reaches (lib/internal/bootstrap/realm.js schemelessBlockList).
const schemeOnlyModules = ['sea', 'test', 'test/reporters'];
// Modules the playground does not model at all (a run has no network).
const networkModules = ['_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_wrap', '_tls_common', '_tls_wrap', 'http', 'https', 'http2', 'net', 'tls',
  'dgram', 'dns', 'dns/promises'];

// lib/internal/bootstrap/realm.js BuiltinModule.isBuiltin.
function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return nodeBuiltinModules.includes(name) || schemeOnlyModules.includes(name);
  }
  return nodeBuiltinModules.includes(id);
}

// Lazily made built-ins: aliases whose exports come from modules loaded later.
const lazyBuiltins = {
  // lib/sys.js warns when it first loads.
  sys: () => {
    process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
    return loadBuiltin('util');
  },
  'util/types': () => loadBuiltin('util').types,
  _stream_readable: () => loadBuiltin('stream').Readable,
  _stream_writable: () => loadBuiltin('stream').Writable,
  _stream_duplex: () => loadBuiltin('stream').Duplex,
  _stream_transform: () => loadBuiltin('stream').Transform,
  _stream_passthrough: () => loadBuiltin('stream').PassThrough,
};

// The modules of src/js (builtin_modules.rs) not evaluated yet: each is evaluated at its first
// use, when it registers its exports (registerBuiltin).
const unloadedModules = new Set();
// The exports of the `internal/` ones, behind their getters on `internals`.
const internalExports = { __proto__: null };

function loadBuiltin(id) {
  const prefixed = id.startsWith('node:');
  const name = prefixed ? id.slice(5) : id;
  if (unloadedModules.has(name)) {
    unloadedModules.delete(name);
    native.loadBuiltinModule(name);
  }
  if (Object.prototype.hasOwnProperty.call(builtinModules, name)) return builtinModules[name];
  if (Object.prototype.hasOwnProperty.call(lazyBuiltins, name)) {
    builtinModules[name] = lazyBuiltins[name]();
    return builtinModules[name];
  }
  if (networkModules.includes(name)) {
    throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED',
      `The built-in module '${name}' is not available: the playground models no network`);
  }
  if (isBuiltin(id)) {
    throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', `The built-in module '${name}' is not available in the playground`);
  }
  if (prefixed) {
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${id}`);
  }
  return undefined;
}

// Node's `moduleParentCache`: who required a module first, for a failed require's
// `requireStack`.
const moduleParents = new WeakMap();

function Module(id = '', parent) {
  if (parent) moduleParents.set(this, parent);
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent) parent.children.push(this);
}
Module._cache = { __proto__: null };
// lib/internal/modules/cjs/loader.js's flags on each module (shown by inspect).
const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');
// Node 20.20's `constructor` is a getter (a policy may hide Module), so inspect, finding no
// data `constructor` on Module.prototype, shows a module as a plain object.
Object.defineProperty(Module.prototype, 'constructor', {
  get() { return Module; },
  configurable: false,
  enumerable: false,
});
// The extensions a request may leave off, in Node's order.
const extensionList = ['.js', '.json', '.node'];

// Module._findPath for one directory: the file itself, then with each extension, then (a
// directory) its package.json `main` and its index.
function resolveFile(request, fromDir) {
  const base = path.resolve(fromDir, request);
  // A trailing slash names a directory: Node tries no file and no extension then.
  if (request.endsWith('/')) return tryPackage(base, request);
  if (native.isFile(base)) return base;
  return tryExtensions(base) ?? tryPackage(base, request);
}
function tryExtensions(base) {
  for (const e of extensionList) if (native.isFile(base + e)) return base + e;
  return undefined;
}
// lib/internal/modules/package_json_reader.js's read(): a package.json that does not parse
// fails the request. For `import` (`importing` names the request and its importer) it is a new
// ERR_INVALID_PACKAGE_CONFIG; for `require` the JSON.parse error itself, its message prefixed
// "for backward compat", with `path`, rethrown at line 93, the CommonJS loader's `frames`
// (innermost first, below read's) between `parse` and `require`.
const PACKAGE_JSON_PARSE_SITE = 'node:internal/modules/package_json_reader:93\n        throw error;\n        ^\n';
const PACKAGE_CONFIG_SITE = 'node:internal/modules/package_json_reader:83\n        throw new ERR_INVALID_PACKAGE_CONFIG(\n              ^\n';
function readPackageJson(dir, { frames, importing } = {}) {
  const file = `${dir}/package.json`;
  if (!native.isFile(file)) return undefined;
  const source = native.readFile(file);
  try {
    return JSON.parse(source);
  } catch (error) {
    if (error === null || typeof error !== 'object') throw error;
    if (importing !== undefined) {
      const err = codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file} while importing ${importing}. ${error.message}`);
      native.setThrowSite(err, PACKAGE_CONFIG_SITE);
      throw err;
    }
    // The engine's error gets its stack here (its first read comes after the new message);
    // V8 names the primordial JSONParse `parse`.
    native.fixError(error);
    error.message = `Error parsing ${file}: ${error.message}`;
    error.path = file;
    native.setThrowSite(error, PACKAGE_JSON_PARSE_SITE);
    const reader = ['parse (<anonymous>)', 'read (node:internal/modules/package_json_reader:80:16)', 'readPackage (node:internal/modules/package_json_reader:141:10)'];
    native.prependStackFrames(error, [...reader, ...(frames ?? [])].map((frame) => `    at ${frame}`).join('\n'), 1);
    throw error;
  }
}
// Module._findPath's callers, as `require` reaches them.
const CJS_RESOLVE_FRAMES = ['Module._resolveFilename (node:internal/modules/cjs/loader:1193:27)', 'Module._load (node:internal/modules/cjs/loader:1038:27)'];
const TRY_PACKAGE_READ = { frames: ['tryPackage (node:internal/modules/cjs/loader:477:15)', 'Module._findPath (node:internal/modules/cjs/loader:758:18)', ...CJS_RESOLVE_FRAMES] };
const RESOLVE_EXPORTS_READ = { frames: ['resolveExports (node:internal/modules/cjs/loader:634:15)', 'Module._findPath (node:internal/modules/cjs/loader:711:31)', ...CJS_RESOLVE_FRAMES] };
// Node's tryPackage: `main` as a file, with extensions, as a directory's index; without a
// usable `main`, the directory's index; a `main` naming nothing, with no index either, fails.
function tryPackage(dir, request) {
  const main = readPackageJson(dir, TRY_PACKAGE_READ)?.main;
  if (typeof main !== 'string' || main === '') return tryExtensions(`${dir}/index`);
  const target = path.resolve(dir, main);
  const found = (native.isFile(target) ? target : undefined) ?? tryExtensions(target) ?? tryExtensions(`${target}/index`) ?? tryExtensions(`${dir}/index`);
  if (found !== undefined) return found;
  const err = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = `${dir}/package.json`;
  err.requestPath = request;
  throw err;
}
// A bare request (`pkg`, `pkg/sub`, `@scope/pkg/sub`) in the node_modules folders of `paths`:
// a package with `exports` resolves through them (Node's resolveExports), else as a path.
function resolvePackage(request, paths, conditions, importer) {
  const parts = request.split('/');
  const nameLength = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  for (const dir of paths) {
    const packageDir = `${dir}/${name}`;
    const reader = importer === undefined ? RESOLVE_EXPORTS_READ : { importing: `"${request}" from ${importer}` };
    const exports = readPackageJson(packageDir, reader)?.exports;
    if (exports !== undefined && exports !== null) {
      const target = exportsTarget(exports, subpath, conditions);
      if (target !== undefined) return path.resolve(packageDir, target);
      throw codedError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
        ? `No "exports" main defined in ${packageDir}/package.json`
        : `Package subpath '${subpath}' is not defined by "exports" in ${packageDir}/package.json`);
    }
    const found = resolveFile(request, dir);
    if (found !== undefined) return found;
  }
  return undefined;
}
// The file an `exports` field maps `subpath` to: a string or conditions object is the
// package's `.`; keys starting with `.` are subpaths (a `*` pattern matches the rest).
function exportsTarget(exports, subpath, conditions) {
  const isSubpathMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  if (!isSubpathMap) return subpath === '.' ? conditionTarget(exports, conditions) : undefined;
  if (Object.prototype.hasOwnProperty.call(exports, subpath)) return conditionTarget(exports[subpath], conditions);
  for (const key of Object.keys(exports)) {
    const star = key.indexOf('*');
    if (star === -1) continue;
    const before = key.slice(0, star);
    const after = key.slice(star + 1);
    if (subpath.startsWith(before) && subpath.endsWith(after) && subpath.length >= key.length - 1) {
      const match = subpath.slice(before.length, subpath.length - after.length);
      return conditionTarget(exports[key], conditions)?.replaceAll('*', match);
    }
  }
  return undefined;
}
function conditionTarget(target, conditions) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const found = conditionTarget(t, conditions);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (target === null || typeof target !== 'object') return undefined;
  for (const [key, value] of Object.entries(target)) {
    if (key === 'default' || conditions.includes(key)) {
      const found = conditionTarget(value, conditions);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
const REQUIRE_CONDITIONS = ['require', 'node', 'node-addons'];
const IMPORT_CONDITIONS = ['import', 'node', 'node-addons'];

// ECMAScript's own functions (not Node's JavaScript globals) that looplab replaced with
// JavaScript of its own print as V8 prints a built-in: `function name() { [native code] }`.
// Run once every built-in module has loaded (runtime.rs).
function markEngineBuiltins() {
  const typedArray = Object.getPrototypeOf(Uint8Array);
  const roots = [Object, Function, Array, String, Number, Boolean, Symbol, BigInt, Math, JSON, Reflect,
    Promise, Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry, RegExp, Date, Error, ArrayBuffer,
    SharedArrayBuffer, DataView, typedArray, Atomics, Intl, ...Object.values(Intl)];
  const seen = new Set();
  const mark = (f) => {
    if (typeof f !== 'function' || seen.has(f)) return;
    seen.add(f);
    const source = Function.prototype.toString.call(f);
    if (!source.endsWith('[native code] }') && !source.startsWith('class')) native.asBuiltin(f);
  };
  for (const root of roots) {
    if (root === null || (typeof root !== 'object' && typeof root !== 'function')) continue;
    mark(root);
    for (const holder of [root, root.prototype]) {
      if (holder === null || typeof holder !== 'object' && typeof holder !== 'function') continue;
      for (const key of Reflect.ownKeys(holder)) {
        const d = Reflect.getOwnPropertyDescriptor(holder, key);
        if (d !== undefined) [d.value, d.get, d.set].forEach(mark);
      }
    }
  }
}

// lib/internal/modules/cjs/loader.js: a module required while it is still loading hands out
// its unfinished exports object itself (so identity holds), with this proxy put in as its
// prototype: reading a property that is not there (yet) warns, until the module has loaded.
// The proxy's target `{}` still answers what Object.prototype has (`toString`, `constructor`
// by `get`); an own-descriptor probe (inspect's constructor lookup) and symbols warn as well.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // `__esModule` is probed by transpiled code: never a warning.
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !native.isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    // Unset by loadModule once the module is done loading.
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

const MODULE_NOT_FOUND_SITE = 'node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n';

// Node's `Module._resolveFilename` failing (its frames stand for `_resolveFilename` and
// `_load`): the require stack is the chain of parents, innermost first; `Module._load`
// rethrows it, so an uncaught one points at that `throw err`.
function resolveFilename(id, parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${id}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  native.setThrowSite(err, MODULE_NOT_FOUND_SITE);
  throw err;
}

function makeRequire(module) {
  function require(id) {
    if (typeof id !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "id" argument must be of type string.${describeReceived(id)}`);
    }
    if (id === '') throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
    // Node compiles a built-in at its first require: that time passes (first_require.rs).
    if (isBuiltin(id)) native.chargeRequire(id);
    const builtin = loadBuiltin(id);
    if (builtin !== undefined) return builtin;
    const isPath = id.startsWith('./') || id.startsWith('../') || id.startsWith('/') || id === '.' || id === '..';
    const filename = isPath ? resolveFile(id, module.path) : resolvePackage(id, module.paths, REQUIRE_CONDITIONS);
    if (filename === undefined) resolveFilename(id, module);
    const cached = Module._cache[filename];
    if (cached !== undefined) return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
    return loadNew(filename, module).exports;
  }
  // Module._resolveFilename: a built-in resolves to its own name (modelled or not), a path to
  // its file, anything else fails as `require` does.
  function resolve(request) {
    if (typeof request !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "request" argument must be of type string.${describeReceived(request)}`);
    }
    if (isBuiltin(request)) return request;
    const isPath = request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..';
    const f = isPath ? resolveFile(request, module.path) : resolvePackage(request, module.paths, REQUIRE_CONDITIONS);
    if (f === undefined) resolveFilename(request, module);
    return f;
  }
  // Module._resolveLookupPaths: no lookup for a built-in; a relative request looks beside the
  // module; a bare one in the node_modules folders up from it, then the global folders.
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "request" argument must be of type string.${describeReceived(request)}`);
    }
    if (isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') return [module.path];
    return [...nodeModulePaths(module.path), ...Module.globalPaths];
  };
  // makeRequireFunction's order: resolve, main, extensions, cache.
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// A file's first load: cached before it runs (so cycles see it), uncached if it throws.
function loadNew(filename, parent) {
  const module = new Module(filename, parent);
  module[kIsMainSymbol] = false;
  Module._cache[filename] = module;
  module[kIsCachedByESMLoader] = false;
  let threw = true;
  try {
    loadModule(module, filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module;
}

function loadModule(module, filename) {
  module.filename = filename;
  module.path = path.dirname(filename);
  module.paths = nodeModulePaths(module.path);
  const source = native.readFile(filename);
  if (filename.endsWith('.json')) {
    loadJson(module, filename, source);
  } else if (native.isEsModule(filename, source)) {
    // Node 20.19+: an ES module is loaded and evaluated synchronously (require_esm.rs).
    const parent = moduleParents.get(module);
    module.exports = native.requireEsModule(filename, parent ? parent.filename || parent.id : filename);
  } else {
    const wrapper = native.compileCommonJs(source, filename);
    const require = makeRequire(module);
    // Module.prototype._compile's flag, left set when the module throws.
    module[kIsExecuting] = true;
    Reflect.apply(wrapper, module.exports, [module.exports, require, module, filename, module.path]);
    module[kIsExecuting] = false;
  }
  module.loaded = true;
  const exports = module.exports;
  if (exports && !native.isProxy(exports) && Object.getPrototypeOf(exports) === CircularRequirePrototypeWarningProxy) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
}

const JSON_MODULE_SITE = 'node:internal/modules/cjs/loader:1644\n    throw err;\n    ^\n';

// Node's `Module._extensions['.json']` (its frame in stack.rs): a parse error's message is
// prefixed with the file's path and rethrown from there (stack.rs names the parse `parse`).
function loadJson(module, filename, source) {
  try {
    module.exports = JSON.parse(source);
  } catch (err) {
    if (err === null || typeof err !== 'object') throw err;
    err.message = `${filename}: ${err.message}`;
    native.setThrowSite(err, JSON_MODULE_SITE);
    throw err;
  }
}

let mainModule;
// Errors that escaped the code of `node -e` or of an eval worker (see runMain).
const evalEscapes = new WeakSet();
function runMain(filename) {
  // `node -e` and a worker's `eval: true` code: a module named after it, and no `require.main`.
  if (filename === '[eval]' || filename === '[worker eval]') {
    const module = new Module(filename, null);
    try {
      loadModule(module, filename);
    } catch (err) {
      // runScriptInThisContext(script, displayErrors = true): an error escaping the script
      // gets its arrow put atop its `stack` (a worker's error carries it to the parent).
      if (err !== null && (typeof err === 'object' || typeof err === 'function')) evalEscapes.add(err);
      throw err;
    }
    return;
  }
  if (resolveFile(filename, '/') === undefined) {
    // Only a worker gets here (`node FILE` checks first): its runMain throws from
    // Module._resolveFilename, and the error becomes the Worker's 'error'.
    const err = new Error(`Cannot find module '${filename}'`);
    Object.defineProperty(err, 'stack', {
      value: `Error: Cannot find module '${filename}'\n` +
        '    at Function._resolveFilename (node:internal/modules/cjs/loader:1207:15)\n' +
        '    at Function._load (node:internal/modules/cjs/loader:1038:27)\n' +
        '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n' +
        '    at MessagePort.<anonymous> (node:internal/main/worker_thread:192:26)\n' +
        '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)\n' +
        '    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)',
      writable: true, configurable: true, enumerable: false,
    });
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = [];
    throw err;
  }
  mainModule = new Module('.', null);
  mainModule[kIsMainSymbol] = true;
  Module._cache[filename] = mainModule;
  mainModule[kIsCachedByESMLoader] = false;
  loadModule(mainModule, filename);
}

// Module._nodeModulePaths: `node_modules` in the directory and each one above it.
function nodeModulePaths(from) {
  const parts = path.resolve(from).split('/').filter(Boolean);
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`/${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
}

// module.createRequire: a require for a module at `filename` (an absolute path or a file URL;
// a directory when it ends with a slash), over the virtual file system.
function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = internals.url.fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = internals.url.fileURLToPath(filename);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${inspect(filename)}`);
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = nodeModulePaths(m.path);
  return makeRequire(m);
}

// `require('module')` is the Module constructor with the loader's statics, in Node's order.
{
  const statics = {
    _cache: Module._cache,
    _pathCache: { __proto__: null },
    _extensions: {
      __proto__: null,
      // `(0, function ...)`: anonymous, as Node's (no name taken from the key).
      '.js': (0, function (module, filename) { loadModule(module, filename); }),
      '.json': (0, function (module, filename) { loadModule(module, filename); }),
      '.node': (0, function () {
        throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', 'Native addons are not available in the playground');
      }),
    },
    globalPaths: ['/home/learner/.node_modules', '/home/learner/.node_libraries', '/usr/lib/node'],
    _debug: () => {},
    isBuiltin,
    _findPath: (request, paths) => {
      for (const dir of paths || []) {
        const f = resolveFile(request, dir);
        if (f !== undefined) return f;
      }
      return false;
    },
    _nodeModulePaths: nodeModulePaths,
    _resolveLookupPaths: (request, parent) => makeRequire(parent || new Module('.')).resolve.paths(request),
    _load: (request, parent) => makeRequire(parent || mainModule || new Module('.')).call(undefined, request),
    _resolveFilename: (request, parent) => makeRequire(parent || mainModule || new Module('.')).resolve(request),
    createRequire,
    _initPaths: () => {},
    _preloadModules: () => {},
    syncBuiltinESMExports: () => {},
    Module,
    builtinModules: nodeBuiltinModules.slice(),
    runMain: (main = process.argv[1]) => runMain(main),
    findSourceMap: () => undefined,
    register: () => {
      throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', 'module.register (loader hooks) is not available in the playground');
    },
    SourceMap: class SourceMap {},
  };
  for (const [key, value] of Object.entries(statics)) {
    Object.defineProperty(Module, key, { value, writable: true, configurable: true, enumerable: true });
  }
  Object.freeze(Module.builtinModules);
  builtinModules.module = Module;
}

const globals = {
  process, console, setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  queueMicrotask, global, globalThis: global,
};
for (const [name, value] of Object.entries(globals)) {
  Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: name !== 'globalThis' && name !== 'console' });
}
Object.defineProperty(global, Symbol.toStringTag, { value: 'global', configurable: true });

// lib/internal/util.js defineLazyProperties: each key is an accessor pair named `get key` and
// `set key` that loads its module (`load()` gives the object holding the values) at its first
// read; a write makes it a data property holding the value. Node's getter also turns it into a
// data property; here it stays an accessor keeping the value read: Boa 0.22's inline cache for
// a global name (GetNameGlobal) records the slot it looked up (an accessor) under the shape the
// object has after the getter ran, so a getter that makes its property a data property breaks
// the next read from the same place (the value would be called as the getter).
function defineLazyProperties(target, load, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let known = false;
    const set = { [`set ${key}`](v) { Object.defineProperty(target, key, { writable: true, value: v }); } }[`set ${key}`];
    const get = {
      [`get ${key}`]() {
        if (!known) {
          mod ??= load();
          value = mod[key];
          known = true;
        }
        return value;
      },
    }[`get ${key}`];
    Object.defineProperty(target, key, { configurable: true, enumerable, get, set });
  }
}
// lib/internal/util.js defineReplaceableLazyAttribute: an accessor for good (a write is kept
// by the accessor), loading its module at the first read that is not after a write.
function defineReplaceableLazyAttribute(target, load, keys, writable = true, check) {
  let mod;
  for (const key of keys) {
    let value;
    let setterCalled = false;
    const get = {
      [`get ${key}`]() {
        if (check !== undefined) Reflect.apply(check, this, []);
        if (setterCalled) return value;
        mod ??= load();
        value ??= mod[key];
        return value;
      },
    }[`get ${key}`];
    const set = { [`set ${key}`](val) { setterCalled = true; value = val; } }[`set ${key}`];
    Object.defineProperty(target, key, { enumerable: true, configurable: true, get, set: writable ? set : undefined });
  }
}
// The globals Node 20 makes lazy (lib/internal/bootstrap/web/exposed-wildcard.js,
// exposed-window-or-worker.js, pre_execution.js setupWebCrypto), in its order: their modules
// are evaluated at the first read (builtin_modules.rs).
function exposeLazyGlobals() {
  // lib/internal/bootstrap/node.js: `Buffer` is an accessor pair named get/set.
  let buffer;
  let bufferSet = false;
  Object.defineProperty(global, 'Buffer', {
    get() { return bufferSet ? buffer : loadBuiltin('buffer').Buffer; },
    set(value) { bufferSet = true; buffer = value; },
    enumerable: false,
    configurable: true,
  });
  const bufferGlobals = () => { loadBuiltin('buffer'); return internals.bufferGlobals; };
  // exposeGetterAndSetter with two arrow functions (no names); Node's make it a data property,
  // kept an accessor here as defineLazyProperties explains.
  let domException;
  let domExceptionKnown = false;
  Object.defineProperty(global, 'DOMException', {
    get: () => {
      if (!domExceptionKnown) {
        domException = bufferGlobals().DOMException;
        domExceptionKnown = true;
      }
      return domException;
    },
    set: (value) => {
      domExceptionKnown = true;
      domException = value;
    },
    enumerable: false,
    configurable: true,
  });
  defineLazyProperties(global, bufferGlobals, ['TextEncoder', 'TextDecoder'], false);
  const webStreams = () => loadBuiltin('stream/web');
  defineLazyProperties(global, webStreams, ['TransformStream', 'TransformStreamDefaultController'], false);
  defineLazyProperties(global, webStreams, ['WritableStream', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter'], false);
  defineLazyProperties(global, webStreams, ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController'], false);
  defineLazyProperties(global, webStreams, ['ByteLengthQueuingStrategy', 'CountQueuingStrategy'], false);
  defineLazyProperties(global, webStreams, ['TextEncoderStream', 'TextDecoderStream'], false);
  defineLazyProperties(global, webStreams, ['CompressionStream', 'DecompressionStream'], false);
  const perfHooks = () => loadBuiltin('perf_hooks');
  defineLazyProperties(global, perfHooks, ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming'], false);
  defineReplaceableLazyAttribute(global, perfHooks, ['performance']);
  // Node's structuredClone is V8's (internalBinding('messaging')): a native function.
  const workerGlobals = () => { loadBuiltin('worker_threads'); return internals.workerGlobals; };
  const structuredClone = function structuredClone(...args) {
    return workerGlobals().structuredClone(...args);
  };
  native.asBuiltin(structuredClone);
  Object.defineProperty(global, 'structuredClone', { value: structuredClone, writable: true, configurable: true, enumerable: true });
  defineLazyProperties(global, workerGlobals, ['BroadcastChannel'], false);
  defineLazyProperties(global, workerGlobals, ['MessageChannel', 'MessagePort', 'MessageEvent'], false);
  defineLazyProperties(global, bufferGlobals, ['atob', 'btoa']);
  defineLazyProperties(global, bufferGlobals, ['Blob'], false);
  defineLazyProperties(global, bufferGlobals, ['File'], false);
  let fetchImpl;
  Object.defineProperty(global, 'fetch', {
    configurable: true,
    enumerable: true,
    writable: true,
    // A plain function calling undici's, loaded at the first call.
    value: function fetch(input, init = undefined) {
      fetchImpl ??= internals.fetch.fetch;
      return fetchImpl(input, init);
    },
  });
  defineLazyProperties(global, () => internals.fetch, ['FormData', 'Headers', 'Request', 'Response'], false);
  // setupWebCrypto: `crypto` has no setter and checks its receiver.
  const webCrypto = () => { loadBuiltin('crypto'); return internals.cryptoGlobals; };
  defineReplaceableLazyAttribute(global, webCrypto, ['crypto'], false, function cryptoThisCheck() {
    if (this !== global && this != null) {
      throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type nullish or must be the global object');
    }
  });
  defineLazyProperties(global, webCrypto, ['Crypto', 'CryptoKey', 'SubtleCrypto'], false);
}

// lib/timers.js: `promises` and the promisified forms load timers/promises at their first read.
Object.defineProperty(timersModule, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return loadBuiltin('timers/promises'); },
});
for (const name of ['setTimeout', 'setImmediate']) {
  Object.defineProperty(timersModule[name], Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    get() { return loadBuiltin('timers/promises')[name]; },
  });
}

// The helpers later JavaScript modules (src/js/*.js, see runtime.rs) build on.
// primordials' SafeMap (makeSafe): Map's methods copied onto a null-prototype, frozen
// prototype, so inspect shows `SafeMap(n) [Map]` and `instanceof Map` is false, as in Node.
class SafeMap extends Map {}
for (const key of Reflect.ownKeys(Map.prototype)) {
  if (!Object.prototype.hasOwnProperty.call(SafeMap.prototype, key)) {
    Object.defineProperty(SafeMap.prototype, key, Object.getOwnPropertyDescriptor(Map.prototype, key));
  }
}
Object.setPrototypeOf(SafeMap.prototype, null);
Object.freeze(SafeMap.prototype);

const internals = {
  codedError, validateFunction, handleProcessExit, atHiddenValidator, describeReceived, noSideEffectsToString, EventEmitter, process, kRefed, kAsyncId,
  path, kType: Symbol('type'), loadBuiltin: (name) => loadBuiltin(name),
  setStackHeader: (err, header) => native.setStackHeader(err, header),
  // Where Node's own code throws `err` (`node:events:502` and the source line), shown if it
  // ends the process.
  setThrowSite: (err, site) => native.setThrowSite(err, site),
  prependStackFrames: (err, lines) => native.prependStackFrames(err, lines),
  // An error Node makes in its own JavaScript: its stack is Node's frames there (`frames`, as
  // V8 prints them, topmost first) above the JavaScript below (by default the frames calling
  // in now: the user's and the loop's).
  withNodeFrames: (err, frames, below = native.stackFrames(), header = `${err.name}: ${err.message}`) => {
    const lines = [header, ...frames.map((frame) => `    at ${frame}`), ...below.split('\n').filter((line) => line !== '')];
    Object.defineProperty(err, 'stack', { value: lines.join('\n'), writable: true, configurable: true, enumerable: false });
    return err;
  },
  dispatchTargets, thrownTargets, evalEscapes,
  SafeMap, AbortError, validateAbortSignal, validateInteger, validateNumber, validateOptionsObject, invalidArgType, outOfRange,
  // process.nextTick on behalf of a built-in module: the same queue, but the report names the
  // module (`api`), so the UI can show e.g. `emitReadable_` as a stream internal.
  nextTickAs: (api, callback, ...args) => {
    if (process._exiting) return;
    native.nextTick(callback, args, api);
  },
  console, consoleTable, formatConsoleTime: (ms) => formatTime(ms), writeFd: (fd, text) => native.write(fd, text), newAsyncId: () => native.newAsyncId(),
  reserveFd: () => native.reserveFd(),
  activeResourcesInfo: (handles) => native.activeResourcesInfo(handles),
  stdioOpened: (fd) => native.stdioOpened(fd),
  loopStartMs: () => native.loopStartMs(),
  loopIteration: () => native.loopIteration(),
  Timeout, Immediate,
  // timeOrigin is when the process started: performance.now() counts Node's ~25 ms boot before
  // Date.now()'s 2024-01-01T00:00:00Z, and like V8's it is not a whole millisecond.
  // buffer.js's classes behind the lazy globals (DOMException, TextEncoder, Blob, ...), as Node's
  // own modules reach them: not through the global, which a program may have replaced.
  bufferGlobal: (name) => {
    loadBuiltin('buffer');
    return internals.bufferGlobals[name];
  },
  performanceClock: { now: () => native.nowMs(), timeOrigin: 1704067199975.25 },
  inspect, format, formatWithOptions, isProxy: (value) => native.isProxy(value),
  insertTimeout: (timeout, api) => { native.timerInsert(timeout, timeout[kAsyncId], api); linkTimer(timeout); },
  insertImmediate: (immediate) => native.immediateInsert(immediate, immediate[kAsyncId]),
};

return {
  emitReceivers,
  dispatchTargetsOf: (err) => thrownTargets.get(err) ?? dispatchTargets,
  runMain,
  // `import` of a CommonJS file runs it as `require` would, sharing its cache (esm_interop.rs).
  importCommonJs: (filename) => {
    const cached = Module._cache[filename];
    if (cached !== undefined) return cached.exports;
    return loadNew(filename, null).exports;
  },
  loadBuiltin,
  isBuiltin,
  markEngineBuiltins,
  // An `import` of a bare name that is no built-in: a package under node_modules (modules.rs).
  resolveImportPackage: (request, fromDir, importer) => resolvePackage(request, nodeModulePaths(fromDir), IMPORT_CONDITIONS, importer),
  builtinNames: Object.keys(builtinModules),
  emitProcess: (name, ...args) => process.emit(name, ...args),
  // Its own name, for the frames of processPromiseRejections under the listeners (stack.rs).
  emitUnhandledRejection: (reason, promise) => process.emit('unhandledRejection', reason, promise),
  processExitCode: () => process.exitCode,
  // `code` is process.exit's (undefined at a natural exit, which leaves exitCode as it is).
  setExiting: (code) => {
    if (!process._exiting) {
      process._exiting = true;
      if (code !== undefined) process.exitCode = code;
      process.emit('exit', process.exitCode || 0);
    }
  },
  // run_main.js's asyncRunEntryPointWithESMLoader for an ES module entry: its 'exit' listener
  // is on from before the module loads until the module's evaluation has settled.
  esmEntryStart: () => { process.on('exit', handleProcessExit); },
  // The evaluation's promise, awaited by ModuleJob.run, whose promise ModuleLoader.import
  // awaits, whose promise asyncRunEntryPointWithESMLoader awaits: three hops before its catch
  // calls triggerUncaughtException (or its finally takes the listener off).
  esmEntryEvaluated: (evaluation) => {
    const rethrow = (err) => { throw err; };
    const run = Reflect.apply(promiseThen, evaluation, [undefined, rethrow]);
    const imported = Reflect.apply(promiseThen, run, [undefined, rethrow]);
    Reflect.apply(promiseThen, imported, [
      () => { process.off('exit', handleProcessExit); },
      (err) => {
        native.esmEntryFailed(err);
        process.off('exit', handleProcessExit);
      },
    ]);
  },
  isExiting: () => process._exiting,
  // lib/internal/errors.js kEnhanceStackBeforeInspector: an error about to end the process may
  // carry more to show (where an unhandled 'error' event was emitted).
  enhanceStackBeforeInspector: (err) => {
    const enhance = err !== null && typeof err === 'object' ? err[kEnhanceStackBeforeInspector] : undefined;
    if (typeof enhance !== 'function') return;
    try {
      Object.defineProperty(err, 'stack', { value: enhance(), writable: true, configurable: true, enumerable: false });
    } catch { /* a frozen error keeps its stack */ }
  },
  noopImmediate: () => { setImmediate(() => {}); },
  timerLinks,
  // async_hooks' createHook callbacks, called by the loop (async_context.rs); installed by
  // src/js/async_hooks.js when it loads.
  asyncHook: (...args) => internals.emitAsyncHook?.(...args),
  inspectDescribe,
  isUtilInspect: (f) => f === inspect,
  // The `stylize` of the options a custom inspect receives (stylizeWithColor/NoColor).
  stylize: (colors) => (colors ? stylizeWithColor : stylizeNoColor),
  inspectCustomSymbol: () => customInspect,
  utilInspect: () => inspect,
  // Node 20's hasBuiltInToString (lib/internal/util/inspect.js): an object without a
  // `toString`/`Symbol.toPrimitive` function counts as built-in, an own one does not, else the
  // prototype holding it must be a built-in's (its `constructor` named as one of V8's
  // globals). A proxy counts as built-in (Node looks at its target, which a script cannot
  // reach here; a plain target is built-in).
  hasBuiltInToString: (value) => {
    if (native.isProxy(value)) return true;
    const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    let hasOwnToString = hasOwn;
    let hasOwnToPrimitive = hasOwn;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      hasOwnToString = () => false;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      hasOwnToPrimitive = () => false;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    let pointer = value;
    do {
      pointer = Object.getPrototypeOf(pointer);
    } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
    const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  },
  internals,
  // A built-in module implemented in its own file: `require(name)` and `import` find it.
  // An `internal/x` module is for the other modules only: its exports become `internals.x`.
  registerBuiltin: (name, exports) => {
    if (name.startsWith('internal/')) {
      const key = name.slice('internal/'.length);
      if (Object.prototype.hasOwnProperty.call(internalExports, key)) internalExports[key] = exports;
      else internals[key] = exports;
      return;
    }
    unloadedModules.delete(name);
    builtinModules[name] = exports;
  },
  // A module of src/js not evaluated yet (builtin_modules.rs): an `internal/x` one becomes
  // `internals.x` at its first read, another one at its first `loadBuiltin`.
  registerLazyBuiltin: (name) => {
    if (!name.startsWith('internal/')) {
      unloadedModules.add(name);
      return;
    }
    const key = name.slice('internal/'.length);
    // `internal/process` completes the prelude's own `internals.process` (loaded at once).
    if (Object.prototype.hasOwnProperty.call(internals, key)) return;
    // The getter stays (it does not become a data property once loaded: see
    // defineLazyProperties on Boa's inline caches). Read while the module's own body runs (a
    // cycle), it is undefined.
    internalExports[key] = undefined;
    Object.defineProperty(internals, key, {
      get() {
        if (internalExports[key] === undefined) native.loadBuiltinModule(name);
        return internalExports[key];
      },
      enumerable: true,
      configurable: true,
    });
  },
  defineGlobal: (name, value, enumerable = false) => {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable });
  },
  emitWarning: (message, type) => process.emitWarning(message, type),
  // The loader's warnings about a main file's module format (module_format.rs); the sync one
  // is lib/internal/process/warning.js's emitWarningSync, printed before the compile error.
  emitWarningCoded: (message, code) => process.emitWarning(message, { code }),
  emitWarningSync: (message) => {
    const warning = new Error(message);
    warning.name = 'Warning';
    process.emit('warning', warning);
  },
  // A V8 message of kMessageWarning level (node's PerIsolateMessageListener), printed as the
  // module that caused it is compiled, before its body runs.
  emitV8Warning: (message) => {
    const warning = new Error(message);
    warning.name = 'V8';
    process.emit('warning', warning);
  },
  // Once every module has added its globals: the enumerable ones in Node 20's order (what
  // `Object.keys(globalThis)` lists), `process` not enumerable (Node's is a getter), and the
  // engine's ES2025 globals Node 20 does not have (`Iterator`; Boa also exposes `TypedArray`).
  settleGlobals: () => {
    exposeLazyGlobals();
    const order = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
      'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto'];
    // Each keeps its descriptor (exposeLazyGlobals made the lazy ones as Node makes them).
    for (const name of order) {
      const descriptor = Object.getOwnPropertyDescriptor(global, name);
      if (descriptor === undefined) continue;
      delete global[name];
      Object.defineProperty(global, name, descriptor);
    }
    // lib/internal/bootstrap/node.js: process is an accessor pair (named `get`/`set`).
    for (const name of ['process']) {
      const d = Object.getOwnPropertyDescriptor(global, name);
      if (d === undefined || !('value' in d)) continue;
      let value = d.value;
      Object.defineProperty(global, name, {
        get() { return value; },
        set(v) { value = v; },
        enumerable: false,
        configurable: true,
      });
    }
    delete global.TypedArray;
    delete global.Iterator;
  },
  setArgv: (argv) => { process.argv = argv; },
  unhandledRejectionError: (reason) => {
    const err = codedError(Error, 'ERR_UNHANDLED_REJECTION',
      `This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${v8NoSideEffectsToString(reason)}".`);
    err.name = 'UnhandledPromiseRejection';
    native.setStackHeader(err, `UnhandledPromiseRejection: ${err.message}`);
    return err;
  },
};
