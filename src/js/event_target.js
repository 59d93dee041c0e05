//! The web's event classes as Node 20 has them (lib/internal/event_target.js and
//! lib/internal/abort_controller.js): `Event`, `CustomEvent`, `EventTarget`, `AbortController`
//! and `AbortSignal` (abort, timeout, any), installed as globals.
// Evaluated as `(function (native, internals, global) { ... return exports; })`; registered as
// `internal/event_target`, so `events.js` reaches it as `internals.event_target`.
'use strict';

const { codedError, describeReceived, process } = internals;
const setTimeout = global.setTimeout;
const inspect = (value, options) => internals.loadBuiltin('util').inspect(value, options);
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Node's error codes for this module (lib/internal/errors.js), in Node's words.
function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  const list = quoted.length === 1 ? `${quoted[0]} argument` : `${quoted.join(' and ')} arguments`;
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The ${list} must be specified`);
}
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}
function invalidInstance(name, type, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of ${type}.${describeReceived(value)}`);
}
function invalidObject(name, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be of type object.${describeReceived(value)}`);
}

// -------------------------------------------------------------------------------- Event
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
// Node marks the events it dispatches itself (an AbortSignal's 'abort') as trusted.
const kTrustEvent = Symbol('kTrustEvent');
const trustedEvents = new WeakSet();

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}
function checkEvent(value, type = 'Event') {
  if (!isEvent(value)) throw invalidThis(type);
}
// The depth Node hands nested inspections of these classes: one level less.
function nestedOptions(options) {
  return { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = internals.performanceClock.now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') throw invalidObject('options', options);
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspect](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedOptions(options))}`;
  }

  stopImmediatePropagation() { checkEvent(this); this.#propagationStopped = true; this[kStop] = true; }
  preventDefault() { checkEvent(this); this.#defaultPrevented = true; }
  get target() { checkEvent(this); return this[kTarget]; }
  get currentTarget() { checkEvent(this); return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { checkEvent(this); return this[kTarget]; }
  get type() { checkEvent(this); return this[kType]; }
  get cancelable() { checkEvent(this); return this.#cancelable; }
  get defaultPrevented() { checkEvent(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { checkEvent(this); return this.#timestamp; }
  // Node keeps these for the Web API's sake; there is no bubbling or composition in Node.
  composedPath() { checkEvent(this); return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  get returnValue() { checkEvent(this); return !this.#cancelable || !this.#defaultPrevented; }
  get bubbles() { checkEvent(this); return this.#bubbles; }
  get composed() { checkEvent(this); return this.#composed; }
  get eventPhase() { checkEvent(this); return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { checkEvent(this); return this.#propagationStopped; }
  set cancelBubble(value) { checkEvent(this); if (value) this.#propagationStopped = true; }
  stopPropagation() { checkEvent(this); this.#propagationStopped = true; }
}

// Node makes the prototype's members enumerable (`Object.keys(Event.prototype)` lists them).
function makeEnumerable(proto, names) {
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    descriptor.enumerable = true;
    Object.defineProperty(proto, name, descriptor);
  }
}
function defineTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}
makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget', 'srcElement', 'type',
  'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: { get isTrusted() { return trustedEvents.has(this); } }.__lookupGetter__('isTrusted'),
  enumerable: true,
  configurable: false,
});
defineTag(Event.prototype, 'Event');
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
});

class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isEvent(this) || this[kDetail] === undefined) throw invalidThis('CustomEvent');
    return this[kDetail];
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
defineTag(CustomEvent.prototype, 'CustomEvent');

// -------------------------------------------------------------------------------- EventTarget
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsEventTarget = Symbol.for('nodejs.event_target');
// Node's internal listener options: a listener that keeps running after
// stopImmediatePropagation (events.once's abort handling), and one held for a resource.
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kWeakHandler = Symbol('kWeak');
// Shared with EventEmitter (lib/events.js): `events.setMaxListeners(n, target)` sets them.
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = internals.EventEmitter;

// One registered listener; a target's listeners for a type form a linked list after a root
// `{ size, next }`, as in Node, so removal during a dispatch is seen by that dispatch.
class Listener {
  constructor(previous, listener, once, capture, passive, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // An object listener: Node calls its handleEvent through an async function, so a
      // throw from it becomes a rejection (reported on a later tick).
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

// An EventTarget that keeps its listeners in lists of its own (worker_threads.js's MessagePort,
// a NodeEventTarget over EventEmitter's lists) takes add/removeEventListener through these.
const kListenerHooks = { add: Symbol('kAddListenerHook'), remove: Symbol('kRemoveListenerHook') };

function isEventTarget(value) {
  return !!value?.constructor?.[kIsEventTarget];
}

// Node's maps are primordials' SafeMaps (inspect shows `SafeMap(n) [Map]`).
function initEventTarget(target) {
  target[kEvents] = new internals.SafeMap();
  target[kMaxEventTargetListeners] = internals.EventEmitter.defaultMaxListeners;
  target[kMaxEventTargetListenersWarned] = false;
  target[kHandlers] = new internals.SafeMap();
}

// A listener that throws does not stop the dispatch: Node rethrows it on the next tick, where
// it becomes an uncaught exception (lib/internal/event_target.js emitUncaughtException).
const RETHROW_SITE = 'node:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^\n';
function emitUncaughtException(err) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) internals.setThrowSite(err, RETHROW_SITE);
  process.nextTick(() => { throw err; });
}
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') Reflect.apply(then, promise, [undefined, emitUncaughtException]);
}

function validateListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') throw invalidObject('options', options);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
}

// true for a usable listener, false for null/undefined (a warning, no effect); throws otherwise.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw invalidInstance('listener', 'EventListener', listener);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener]() {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (this[kListenerHooks.add] !== undefined) return this[kListenerHooks.add](type, listener, options);
    let flags = { once: false, capture: false, passive: false, resistStopPropagation: false };
    if (options !== undefined) {
      flags = validateListenerOptions(options);
      const signal = flags.signal;
      if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "options.signal" property must be an instance of AbortSignal.${describeReceived(signal)}`);
      }
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => { this.removeEventListener(type, listener, options); },
          { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }
    if (!validateEventListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = String(type);
    const once = !!flags.once;
    const capture = !!flags.capture;
    const passive = !!flags.passive;
    const resist = !!flags.resistStopPropagation;
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: resist };
      new Listener(root, listener, once, capture, passive, resist);
      this[kNewListener](root.size, type, listener, once, capture, passive, flags.weak);
      this[kEvents].set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    // The same (listener, capture) pair twice is ignored, as the DOM specifies.
    if (handler !== undefined) return;
    new Listener(previous, listener, once, capture, passive, resist);
    root.size++;
    root.resistStopPropagation ||= resist;
    this[kNewListener](root.size, type, listener, once, capture, passive, flags.weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (this[kListenerHooks.remove] !== undefined) return this[kListenerHooks.remove](type, listener, options);
    if (!validateEventListener(listener)) return;
    type = String(type);
    const capture = options === true || options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) throw missingArgs('event');
    if (!(event instanceof Event)) throw invalidInstance('event', 'Event', event);
    if (event[kIsBeingDispatched]) {
      throw codedError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    return dispatchEventOf(this, event);
  }

  [customInspect](depth, options) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, nestedOptions(options))}`;
  }
}
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineTag(EventTarget.prototype, 'EventTarget');

// dispatchEvent's work, in a named function: Boa names no class method in its stack, and
// this name is the frame `EventTarget.dispatchEvent` in a listener's (src/builtin_frames.rs).
function dispatchEventOf(target, event) {
  dispatch(target, event);
  return event.defaultPrevented !== true;
}

// Node's kHybridDispatch for a DOM event: listeners in registration order; one removed
// meanwhile is skipped; once-listeners are unlinked before they run; stopImmediatePropagation
// stops all but the passive and the "resist" ones.
function dispatch(target, event) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;
  const root = target[kEvents].get(event.type);
  if (root === undefined || root.next === undefined) {
    event[kIsBeingDispatched] = false;
    return;
  }
  let handler = root.next;
  while (handler !== undefined && (root.resistStopPropagation || handler.passive || event[kStop] !== true)) {
    const next = handler.next;
    if (handler.removed || (event[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      if (root.size === 0 && target[kEvents].get(event.type) === root) target[kEvents].delete(event.type);
      target[kRemoveListener](root.size, event.type, handler.listener, handler.capture);
    }
    internals.dispatchTargets.push(target);
    try {
      const result = Reflect.apply(handler.callback, target, [event]);
      event[kIsBeingDispatched] = false;
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      // Its stack, read later, names the targets being dispatched now.
      if (err !== null && typeof err === 'object' && !internals.thrownTargets.has(err)) {
        internals.thrownTargets.set(err, internals.dispatchTargets.slice());
      }
      emitUncaughtException(err);
    } finally {
      internals.dispatchTargets.pop();
    }
    handler = next;
  }
  event[kIsBeingDispatched] = false;
}

// `onabort` and friends: an attribute handler takes the place of the first listener it was set
// as, keeping its position when replaced (lib/internal/event_target.js defineEventHandler).
function defineEventHandler(proto, name) {
  const prop = `on${name}`;
  function makeHandler(handler) {
    function eventHandler(...args) {
      if (typeof eventHandler.handler !== 'function') return undefined;
      return Reflect.apply(eventHandler.handler, this, args);
    }
    eventHandler.handler = handler;
    return eventHandler;
  }
  const accessors = {
    get [prop]() {
      if (this?.[kHandlers] === undefined) throw invalidThis('EventTarget');
      return this[kHandlers].get(name)?.handler ?? null;
    },
    set [prop](value) {
      if (this?.[kHandlers] === undefined) throw invalidThis('EventTarget');
      let wrapped = this[kHandlers].get(name);
      if (wrapped) {
        const root = this[kEvents].get(name);
        if (typeof wrapped.handler === 'function' && root) root.size--;
        wrapped.handler = value;
        if (typeof value === 'function' && root) {
          root.size++;
          this[kNewListener](root.size, name, value, false, false, false, false);
        }
      } else {
        wrapped = makeHandler(value);
        this.addEventListener(name, wrapped);
      }
      this[kHandlers].set(name, wrapped);
    },
  };
  const descriptor = Object.getOwnPropertyDescriptor(accessors, prop);
  Object.defineProperty(proto, prop, { get: descriptor.get, set: descriptor.set, enumerable: true, configurable: true });
}

// -------------------------------------------------------------------------------- AbortSignal
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');

function validateThisAbortSignal(value) {
  if (value?.[kAborted] === undefined) throw invalidThis('AbortSignal');
}

// `AbortController [Object]` style: the class name, then the fields one level deeper.
function inspectWithFields(self, fields, depth, options) {
  if (depth < 0) return self;
  const nested = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(fields, nested)}`;
}

class AbortSignal extends EventTarget {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get aborted() { validateThisAbortSignal(this); return !!this[kAborted]; }
  get reason() { validateThisAbortSignal(this); return this[kReason]; }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspect](depth, options) {
    return inspectWithFields(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = abortReason('AbortSignal.abort (node:internal/abort_controller:177:14)')) {
    return createAbortSignal({ aborted: true, reason });
  }

  // An unref'd timer: a pending timeout signal never keeps the process alive on its own.
  static timeout(delay) {
    if (typeof delay !== 'number') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "delay" argument must be of type number.${describeReceived(delay)}`);
    }
    if (!Number.isInteger(delay)) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "delay" is out of range. It must be an integer. Received ${inspect(delay)}`);
    }
    if (delay < 0 || delay > 4294967295) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ${inspect(delay)}`);
    }
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    // The timer is Node's own: nothing of the user's is on the stack when it fires.
    // Named for its frame in a listener's stack (src/builtin_frames.rs).
    setTimeout(function abortSignalTimeout() {
      const reason = internals.withNodeFrames(new (internals.bufferGlobal('DOMException'))('The operation was aborted due to timeout', 'TimeoutError'),
        [DOM_EXCEPTION_FRAME, 'Timeout._onTimeout (node:internal/abort_controller:129:9)', ...TIMER_FRAMES], '');
      abortSignal(signal, reason, ['Timeout._onTimeout (node:internal/abort_controller:127:7)', ...TIMER_FRAMES], '');
    }, delay).unref();
    return signal;
  }

  // A signal that aborts with the first of `signals` to abort (a composite signal follows the
  // sources of the composites it is given, as the DOM specifies).
  static any(signals) {
    if (!Array.isArray(signals)) throw invalidInstance('signals', 'Array', signals);
    signals.forEach((signal, i) => {
      if (signal?.[kAborted] === undefined) throw invalidInstance(`signals[${i}]`, 'AbortSignal', signal);
    });
    const result = createAbortSignal({ composite: true });
    if (signals.length === 0) return result;
    result[kSourceSignals] = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      const sources = signal[kComposite] ? signal[kSourceSignals] ?? [] : [signal];
      for (const source of sources) {
        if (result[kSourceSignals].has(source)) continue;
        result[kSourceSignals].add(source);
        source[kDependantSignals] ??= new Set();
        source[kDependantSignals].add(result);
      }
    }
    return result;
  }
}
makeEnumerable(AbortSignal.prototype, ['aborted']);
defineTag(AbortSignal.prototype, 'AbortSignal');
defineEventHandler(AbortSignal.prototype, 'abort');

function createAbortSignal({ aborted = false, reason = undefined, composite = false } = {}) {
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

// https://dom.spec.whatwg.org/#abortsignal-signal-abort: mark the signal and its dependants
// aborted first, then fire 'abort' on the signal, then on each dependant.
// While 'abort' is dispatched, Node's frames between a listener and the code that aborted
// (lib/internal/abort_controller.js and event_target.js, Node 20.20.2's lines), for the errors
// Node's own listeners make (timers/promises' AbortError); `below` is what called in.
const DOM_EXCEPTION_FRAME = 'new DOMException (node:internal/per_context/domexception:53:5)';
const TIMER_FRAMES = ['listOnTimeout (node:internal/timers:581:17)', 'process.processTimers (node:internal/timers:519:7)'];
let dispatching = null;
function abortDispatchFrames() {
  return dispatching;
}
// The default reason of an abort: a DOMException made at `site`.
function abortReason(site) {
  return internals.withNodeFrames(new (internals.bufferGlobal('DOMException'))('This operation was aborted', 'AbortError'), [DOM_EXCEPTION_FRAME, site]);
}

function abortSignal(signal, reason, callers = [], below = undefined) {
  if (signal[kAborted]) return;
  const outer = dispatching;
  dispatching = {
    frames: [
      '[nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
      'EventTarget.dispatchEvent (node:internal/event_target:766:26)',
      'abortSignal (node:internal/abort_controller:370:10)',
      ...callers,
    ],
    below,
  };
  try {
    abortSignalNow(signal, reason);
  } finally {
    dispatching = outer;
  }
}
function abortSignalNow(signal, reason) {
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependants = [];
  for (const dependant of signal[kDependantSignals] ?? []) {
    if (!dependant[kAborted]) {
      dependant[kReason] = reason;
      dependant[kAborted] = true;
      dependants.push(dependant);
    }
  }
  runAbort(signal);
  for (const dependant of dependants) runAbort(dependant);
}
function runAbort(signal) {
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

// AbortController's abort(), in a named function for its frame (see dispatchEventOf).
function abortFromController(signal, reason) {
  abortSignal(signal, reason, ['AbortController.abort (node:internal/abort_controller:392:5)']);
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = abortReason('AbortController.abort (node:internal/abort_controller:391:18)')) {
    abortFromController(this.#signal ??= createAbortSignal(), reason);
  }

  [customInspect](depth, options) {
    return inspectWithFields(this, { signal: this.signal }, depth, options);
  }
}
makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineTag(AbortController.prototype, 'AbortController');

// lib/internal/abort_controller.js `aborted(signal, resource)`: resolves when the signal aborts.
function aborted(signal, resource) {
  return new Promise((resolve, reject) => {
    if (signal?.[kAborted] === undefined) {
      reject(invalidInstance('signal', 'AbortSignal', signal));
      return;
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      reject(invalidObject('resource', resource));
      return;
    }
    if (signal.aborted) {
      resolve();
      return;
    }
    signal.addEventListener('abort', () => resolve(), { once: true, [kWeakHandler]: resource, [kResistStopPropagation]: true });
  });
}

for (const [name, value] of Object.entries({ EventTarget, Event, CustomEvent, AbortController, AbortSignal })) {
  Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
}

return {
  abortDispatchFrames,
  Event,
  CustomEvent,
  EventTarget,
  AbortController,
  AbortSignal,
  aborted,
  emitUncaughtException,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  kListenerHooks,
  kTrustEvent,
  kEvents,
  kResistStopPropagation,
  kTarget,
  kWeakHandler,
};
