//! node:worker_threads, shaped as Node 20's lib/worker_threads.js and lib/internal/worker.js:
// Worker, MessageChannel and MessagePort, parentPort, workerData, threadId, isMainThread, and the
// structured clone that carries values between engines (also the global structuredClone).
// Each worker is a runtime of its own in a lane (src/lanes.rs), started and reached through the
// natives of src/lane_natives.rs; its messages arrive in this thread's poll phase.
const { EventEmitter, codedError, process, path, describeReceived, handleWraps } = internals;
const { Buffer } = internals.loadBuiltin('buffer');
const info = native.info();
const { emitUncaughtException, kTarget, kListenerHooks, EventTarget } = internals.event_target;

// A MessagePort is an EventTarget in Node: a listener's throw does not end the dispatch, it is
// rethrown on the next tick (event_target.js emitUncaughtException). The Worker's 'message',
// 'online' and 'error' are emitted from a listener of its port, so they share that fate.
function dispatchFromPort(emit) {
  try {
    emit();
  } catch (err) {
    emitUncaughtException(err);
  }
}

// ---------------------------------------------------------------- structured clone
// A value becomes a JSON description (ids for shared references and cycles) plus the bytes of
// its ArrayBuffers, its SharedArrayBuffers (the same memory on the other side) and the ports it
// transfers. Rules as V8's ValueSerializer applies them: prototypes are not kept (a class
// instance arrives as a plain object, a Buffer as a Uint8Array), functions and symbols throw a
// DataCloneError, errors keep their standard name, message and stack.
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
const standardErrors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

const { bufferId, bufferIds } = internals.atomics;
// async_hooks.js keeps the AsyncLocalStorage frame a port or worker runs its events in.
const asyncFrame = () => {
  internals.loadBuiltin('async_hooks');
  return internals.asyncFrame;
};

function dataCloneError(value) {
  return new (internals.bufferGlobal('DOMException'))(`${internals.v8_serdes.describeUncloneable(value)} could not be cloned.`, 'DataCloneError');
}

// A detached ArrayBuffer (Node 20 has no `detached` getter): empty, and `slice` refuses it.
function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    buffer.slice(0);
    return false;
  } catch {
    return true;
  }
}

// `source`: the port posting, which cannot be in its own transfer list.
function serialize(value, transferList, source) {
  const buffers = [];
  const shared = [];
  const ports = [];
  const seen = new Map();
  const transferPorts = new Set();
  const transferBuffers = new Set();
  if (transferList !== undefined && transferList !== null) {
    if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `Optional transferList argument must be an iterable${describeReceived(transferList)}`);
    }
    // node_messaging.cc's Message::Serialize, entry by entry.
    for (const item of transferList) {
      if (item instanceof ArrayBuffer) {
        if (transferBuffers.has(item)) throw new (internals.bufferGlobal('DOMException'))('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
        transferBuffers.add(item);
      } else if (item instanceof MessagePort) {
        if (item === source) throw new (internals.bufferGlobal('DOMException'))('Transfer list contains source port', 'DataCloneError');
        if (transferPorts.has(item)) throw new (internals.bufferGlobal('DOMException'))('Transfer list contains duplicate MessagePort', 'DataCloneError');
        if (item[kClosed] || item[kTransferred]) throw new (internals.bufferGlobal('DOMException'))('MessagePort in transfer list is already detached', 'DataCloneError');
        transferPorts.add(item);
      } else {
        // Made in C++ (THROW_ERR_INVALID_TRANSFER_OBJECT): the code is a property only, not in
        // the stack's first line.
        const err = new TypeError('Found invalid object in transferList');
        err.code = 'ERR_INVALID_TRANSFER_OBJECT';
        throw err;
      }
    }
  }
  let nextId = 0;
  function walk(v) {
    switch (typeof v) {
      case 'undefined': return { t: 'u' };
      case 'boolean': case 'string': return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return { t: 'n', v: Object.is(v, -0) ? '-0' : String(v) };
      case 'bigint': return { t: 'b', v: String(v) };
      case 'symbol': case 'function': throw dataCloneError(v);
      default: break;
    }
    if (v === null) return null;
    if (seen.has(v)) return { t: 'ref', id: seen.get(v) };
    const id = nextId++;
    seen.set(v, id);
    const refused = internals.v8_serdes.refusal(v);
    if (refused !== undefined) throw new (internals.bufferGlobal('DOMException'))(refused, 'DataCloneError');
    if (v instanceof MessagePort) {
      // Node's serializer delegate (node_messaging.cc) throws its own coded TypeError here.
      if (!transferPorts.has(v)) {
        throw codedError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', 'Object that needs transfer was found in message but not listed in transferList');
      }
      ports.push(v[kId]);
      return { t: 'port', id, i: ports.length - 1 };
    }
    if (v instanceof SharedArrayBuffer) {
      shared.push(v);
      return { t: 'sab', id, i: shared.length - 1, g: bufferId(v) };
    }
    if (v instanceof ArrayBuffer) {
      if (isDetached(v)) {
        // V8 moves a detached buffer in the transfer list as an empty one; any other copy
        // of a detached buffer fails.
        if (!transferBuffers.has(v)) throw new (internals.bufferGlobal('DOMException'))('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
        buffers.push(new ArrayBuffer(0));
        return { t: 'ab', id, i: buffers.length - 1 };
      }
      buffers.push(v.slice(0));
      return { t: 'ab', id, i: buffers.length - 1 };
    }
    if (ArrayBuffer.isView(v)) {
      const kind = v instanceof DataView ? 'DataView' : typedArrayName(v);
      const length = v instanceof DataView ? v.byteLength : v.length;
      return { t: 'view', id, k: kind, b: walk(v.buffer), o: v.byteOffset, l: length };
    }
    if (v instanceof Date) return { t: 'd', id, v: v.getTime() };
    if (v instanceof RegExp) return { t: 'r', id, s: v.source, f: v.flags };
    if (v instanceof Map) {
      const entries = [];
      for (const [k, val] of v) entries.push([walk(k), walk(val)]);
      return { t: 'm', id, e: entries };
    }
    if (v instanceof Set) {
      const entries = [];
      for (const val of v) entries.push(walk(val));
      return { t: 'S', id, e: entries };
    }
    if (v instanceof Error) {
      const name = Object.prototype.hasOwnProperty.call(standardErrors, v.name) ? v.name : 'Error';
      const out = { t: 'e', id, n: name, m: v.message === undefined ? undefined : String(v.message), s: typeof v.stack === 'string' ? v.stack : undefined };
      if (Object.prototype.hasOwnProperty.call(v, 'cause')) out.c = walk(v.cause);
      if (keepErrorProperties) {
        out.p = [];
        for (const key of Object.keys(v)) if (key !== 'message' && key !== 'stack') out.p.push([key, walk(v[key])]);
      }
      return out;
    }
    if (v instanceof Number || v instanceof String || v instanceof Boolean) return { t: 'box', id, v: walk(v.valueOf()) };
    const isArray = Array.isArray(v);
    const props = [];
    for (const key of Object.keys(v)) props.push([key, walk(v[key])]);
    return isArray ? { t: 'a', id, l: v.length, p: props } : { t: 'o', id, p: props };
  }
  const description = walk(value);
  for (const port of transferPorts) port[kDetach]();
  // A transferred ArrayBuffer moves: the sender's is detached (byteLength 0).
  for (const buffer of transferBuffers) native.detach(buffer);
  return { json: JSON.stringify(description), buffers, shared, ports };
}

function typedArrayName(view) {
  for (const name of Object.keys(typedArrays)) {
    if (view instanceof typedArrays[name]) return name;
  }
  return 'Uint8Array';
}

function deserialize(json, buffers, shared, ports) {
  const made = new Map();
  const portObjects = ports.map((id) => new MessagePort(id));
  function build(d) {
    if (d === null || typeof d !== 'object') return d;
    switch (d.t) {
      case 'u': return undefined;
      case 'n': return d.v === '-0' ? -0 : Number(d.v);
      case 'b': return BigInt(d.v);
      case 'ref': return made.get(d.id);
      case 'port': return remember(d, portObjects[d.i]);
      case 'sab':
        if (d.g !== undefined && shared[d.i] !== undefined) bufferIds.set(shared[d.i], d.g);
        return remember(d, shared[d.i]);
      case 'ab': return remember(d, buffers[d.i]);
      case 'view': {
        const buffer = build(d.b);
        const Ctor = d.k === 'DataView' ? DataView : typedArrays[d.k];
        return remember(d, new Ctor(buffer, d.o, d.l));
      }
      case 'd': return remember(d, new Date(d.v));
      case 'r': return remember(d, new RegExp(d.s, d.f));
      case 'm': {
        const map = remember(d, new Map());
        for (const [k, v] of d.e) map.set(build(k), build(v));
        return map;
      }
      case 'S': {
        const set = remember(d, new Set());
        for (const v of d.e) set.add(build(v));
        return set;
      }
      case 'e': {
        const Ctor = standardErrors[d.n] || Error;
        const err = remember(d, new Ctor());
        if (d.p !== undefined) {
          // lib/internal/error_serdes.js (a worker's uncaught error): the properties of the
          // whole prototype chain, `name` first, become own ones, and the tag says 'Error'.
          delete err.stack;
          Object.defineProperty(err, 'name', { value: Ctor.prototype.name, writable: true, configurable: true, enumerable: false });
          Object.defineProperty(err, 'message', { value: '', writable: true, configurable: true, enumerable: false });
          Object.defineProperty(err, Symbol.toStringTag, { value: 'Error', configurable: true });
        }
        if (d.m !== undefined) Object.defineProperty(err, 'message', { value: d.m, writable: true, configurable: true, enumerable: false });
        if (d.s !== undefined) Object.defineProperty(err, 'stack', { value: d.s, writable: true, configurable: true, enumerable: false });
        if (d.c !== undefined) Object.defineProperty(err, 'cause', { value: build(d.c), writable: true, configurable: true, enumerable: false });
        if (d.p !== undefined) for (const [k, v] of d.p) err[k] = build(v);
        return err;
      }
      case 'box': return remember(d, Object(build(d.v)));
      case 'a': {
        const array = remember(d, new Array(d.l));
        for (const [k, v] of d.p) array[k] = build(v);
        return array;
      }
      case 'o': {
        const object = remember(d, {});
        for (const [k, v] of d.p) object[k] = build(v);
        return object;
      }
      default: return undefined;
    }
  }
  function remember(d, value) {
    made.set(d.id, value);
    return value;
  }
  return build(JSON.parse(json));
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
  }
  const transfer = options && options.transfer;
  const { json, buffers, shared, ports } = serialize(value, transfer);
  return deserialize(json, buffers, shared, ports);
}

// ---------------------------------------------------------------- MessagePort, MessageChannel
const kId = Symbol('kId');
const kHandle = Symbol('kHandle');
const kQueue = Symbol('kQueue');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kTransferred = Symbol('kTransferred');
const kDetach = Symbol('kDetach');
const kOwner = Symbol('kOwner');
const kOnMessage = Symbol('kOnMessage');
const kOnMessageError = Symbol('kOnMessageError');
const kDispatch = Symbol('kDispatch');
// The port's MessagePort in the handle queue (getActiveResourcesInfo), until its close phase.
const kWrap = Symbol('kWrap');
const kHandleGone = Symbol('kHandleGone');
function setPortRef(port, refed) {
  native.handleRef(port[kHandle], refed);
  port[kWrap].refed = refed;
}
// The ports living in this thread, by id: where the poll phase's mail goes.
const livePorts = new Map();

// Node's MessagePort is a NodeEventTarget: `on('message', (value) => ...)` gets the value,
// `addEventListener('message', (event) => ...)` and `onmessage` get a MessageEvent. A 'message'
// listener starts the port and refs it (it keeps the loop alive); removing the last one unrefs
// it (lib/internal/worker/io.js, onNewListener/onRemoveListener).
// The prototype chain is Node's (MessagePort -> NodeEventTarget -> EventTarget), so `port
// instanceof EventTarget` holds and NodeEventTarget's eleven EventEmitter-style methods are
// there; the listeners themselves live in EventEmitter's lists (its fields hidden), and
// EventTarget's add/removeEventListener defer to the port's (event_target.js kListenerHooks).
const emitterMethods = EventEmitter.prototype;
class NodeEventTarget extends EventTarget {}
class MessagePort extends NodeEventTarget {
  constructor(...args) {
    const id = args[0];
    if (id === undefined || typeof id !== 'number') {
      throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    super();
    EventEmitter.init.call(this);
    for (const field of ['_events', '_eventsCount', '_maxListeners']) {
      Object.defineProperty(this, field, { enumerable: false });
    }
    // setupPortReferencing's 'newListener'/'removeListener' listeners, which eventNames() and
    // listenerCount() see. A NodeEventTarget never emits those events, so Node's do nothing
    // for a port (its kNewListener hook refs it); here the ref is in on/off (below).
    emitterMethods.on.call(this, 'newListener', function (name) {}); // eslint-disable-line no-unused-vars
    emitterMethods.on.call(this, 'removeListener', function (name) {}); // eslint-disable-line no-unused-vars
    this[kId] = id;
    this[kQueue] = [];
    this[kStarted] = false;
    this[kClosed] = false;
    this[kTransferred] = false;
    this[kHandle] = native.handleOpen(false);
    // Unref'd until a 'message' listener (setupPortReferencing).
    this[kWrap] = handleWraps.open('MessagePort', () => this, false);
    this[kOnMessage] = null;
    asyncFrame().capture(this);
    livePorts.set(id, this);
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
    if (transferList !== undefined && transferList !== null && !Array.isArray(transferList) && typeof transferList === 'object' && transferList.transfer !== undefined) {
      transferList = transferList.transfer;
    }
    const payload = serialize(value, transferList, this);
    if (this[kClosed] || this[kTransferred]) return;
    native.portPost(this[kId], payload);
  }
  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    const queued = this[kQueue].splice(0);
    for (const value of queued) {
      if (value === kCloseMessage) {
        siblingClosed(this);
        break;
      }
      dispatchFromPort(() => this[kDispatch](value));
    }
  }
  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    // Until its close callback the port still takes what reached it: MessagePort::OnMessage
    // goes on through the messages of the batch it is handling.
    closePortHandle(this, true);
  }
  ref() { if (!this[kClosed]) setPortRef(this, true); return this; }
  unref() { if (!this[kClosed]) setPortRef(this, false); return this; }
  hasRef() { return false; }
  // lib/internal/worker/io.js: a port shows whether its handle is alive and ref'd, then its own
  // fields, which in Node are EventTarget's and NodeEventTarget's (see portInspectFields).
  [Symbol.for('nodejs.util.inspect.custom')]() {
    if (!(kId in this)) return this;
    const gone = this[kTransferred] || this[kHandleGone];
    return Object.assign({ __proto__: MessagePort.prototype }, gone ? { active: false } : { active: true, refed: this[kWrap].refed },
      portInspectFields(this));
  }
  [kListenerHooks.add](type, listener, options) {
    const once = options && typeof options === 'object' && options.once;
    const wrapped = (value) => {
      const event = type === 'message' ? new MessageEvent('message', { data: value }) : new Event(type);
      event[kTarget] = this;
      return listener.call(this, event);
    };
    wrapped.listener = listener;
    if (once) this.once(type, wrapped); else this.on(type, wrapped);
  }
  [kListenerHooks.remove](type, listener) {
    for (const l of emitterMethods.rawListeners.call(this, type)) {
      if (l === listener || l.listener === listener || (l.listener && l.listener.listener === listener)) {
        this.removeListener(type, l);
        return;
      }
    }
  }
  get onmessage() { return this[kOnMessage]; }
  set onmessage(fn) {
    if (typeof this[kOnMessage] === 'function') this.removeEventListener('message', this[kOnMessage]);
    // Node's defineEventHandler keeps any value; only a function listens.
    this[kOnMessage] = fn ?? null;
    if (typeof fn === 'function') this.addEventListener('message', fn);
  }
  // A message that cannot be deserialized fires 'messageerror'; looplab's structured clone
  // refuses such a message at postMessage, so this handler is only ever kept.
  get onmessageerror() { return this[kOnMessageError] ?? null; }
  set onmessageerror(fn) {
    if (typeof this[kOnMessageError] === 'function') this.removeEventListener('messageerror', this[kOnMessageError]);
    // Node's defineEventHandler keeps any value; only a function listens.
    this[kOnMessageError] = fn ?? null;
    if (typeof fn === 'function') this.addEventListener('messageerror', fn);
  }
  // NodeEventTarget's emit is a dispatchEvent: each listener runs, a throw is rethrown on a
  // tick of its own and the next listener still runs.
  emit(type, ...args) {
    const listeners = emitterMethods.rawListeners.call(this, type);
    if (listeners.length === 0) return false;
    for (const listener of listeners) {
      try {
        Reflect.apply(listener, this, args);
      } catch (err) {
        emitUncaughtException(err);
      }
    }
    return true;
  }
  [kDispatch](value) {
    const owner = this[kOwner];
    asyncFrame().runIn(this, () => {
      if (owner !== undefined) owner.emit('message', value);
      else this.emit('message', value);
    });
  }
  [kDetach]() {
    this[kTransferred] = true;
    native.handleClose(this[kHandle]);
    handleWraps.closed(this[kWrap]);
    livePorts.delete(this[kId]);
  }
  get [Symbol.toStringTag]() { return 'EventTarget'; }
}
// MessagePort.prototype's own keys in Node's order (lib/internal/worker/io.js adds to the
// binding's prototype: postMessage, start come from C++ before the constructor).
{
  const proto = MessagePort.prototype;
  const order = ['postMessage', 'start', 'constructor', 'ref', 'unref', 'hasRef', 'onmessage', 'onmessageerror', 'close'];
  const descriptors = order.map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)]);
  for (const [name] of descriptors) delete proto[name];
  for (const [name, descriptor] of descriptors) if (descriptor) Object.defineProperty(proto, name, descriptor);
}
// NodeEventTarget's methods, in Node's order; `emit` is the port's (above), moved here.
for (const method of ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off', 'removeListener',
  'on', 'addListener', 'emit', 'once', 'removeAllListeners']) {
  const value = method === 'emit' ? MessagePort.prototype.emit : emitterMethods[method];
  Object.defineProperty(NodeEventTarget.prototype, method, { value, writable: true, enumerable: false, configurable: true });
}
delete MessagePort.prototype.emit;
// NodeEventTarget's removeAllListeners drops the lists at once (kEvents.delete/clear): no
// removal hook runs, so a port stays ref'd, and without a type setupPortReferencing's own
// listeners go too.
NodeEventTarget.prototype.removeAllListeners = function removeAllListeners(type) {
  if (type !== undefined) {
    if (this._events[`${type}`] !== undefined) {
      delete this._events[`${type}`];
      this._eventsCount--;
    }
  } else {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  return this;
};
for (const method of ['on', 'addListener', 'once']) {
  const original = EventEmitter.prototype[method];
  NodeEventTarget.prototype[method] = function (type, listener) {
    const first = type === 'message' && this.listenerCount('message') === 0;
    original.call(this, type, listener);
    if (first) {
      this.ref();
      // Node starts the port once the listener is in: queued messages come in a later turn.
      process.nextTick(() => this.start());
    }
    return this;
  };
}
for (const method of ['off', 'removeListener']) {
  const original = EventEmitter.prototype[method];
  NodeEventTarget.prototype[method] = function (type, listener) {
    original.call(this, type, listener);
    if (type === 'message' && this.listenerCount('message') === 0) {
      this.unref();
      this[kStarted] = false;
    }
    return this;
  };
}

// lib/internal/worker/io.js MessageEvent: an Event with read-only data, origin, lastEventId,
// source and ports.
const kData = Symbol('kData');
const kMessageInit = Symbol('kMessageInit');
class MessageEvent extends Event {
  constructor(type, { data = null, origin = '', lastEventId = '', source = null, ports = [] } = {}) {
    super(type);
    this[kData] = data;
    this[kMessageInit] = { origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: [...ports] };
  }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, {
    get() {
      if (this === null || typeof this !== 'object' || !(kData in this)) {
        throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type MessageEvent');
      }
      return name === 'data' ? this[kData] : this[kMessageInit][name];
    },
    enumerable: true,
    configurable: true,
  });
}

// lib/internal/worker/io.js BroadcastChannel: an EventTarget over a port of the run's group of
// that name (src/lanes.rs); a message goes to every other open channel of the name, in any
// thread. While open, its port listens, so it keeps the loop alive (unref() lets it go).
const kName = Symbol('kName');
const kBroadcastPort = Symbol('kBroadcastPort');
class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    super();
    this[kName] = `${name}`;
    const port = new MessagePort(native.broadcastJoin(this[kName]));
    port.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
    this[kBroadcastPort] = port;
  }
  get name() { return this[kName]; }
  close() {
    const port = this[kBroadcastPort];
    if (port === undefined) return;
    this[kBroadcastPort] = undefined;
    native.broadcastLeave(port[kId]);
    port[kDetach]();
  }
  postMessage(message) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    const port = this[kBroadcastPort];
    if (port === undefined) throw new (internals.bufferGlobal('DOMException'))('BroadcastChannel is closed.', 'InvalidStateError');
    native.broadcastPost(port[kId], serialize(message));
  }
  ref() { if (this[kBroadcastPort]) this[kBroadcastPort].ref(); return this; }
  unref() { if (this[kBroadcastPort]) this[kBroadcastPort].unref(); return this; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kBroadcastPort] !== undefined }, opts)}`;
  }
}
for (const name of ['name', 'close', 'postMessage']) {
  Object.defineProperty(BroadcastChannel.prototype, name, { enumerable: true });
}
Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
  get() { return this[kBroadcastOnMessage] ?? null; },
  set(fn) {
    if (typeof this[kBroadcastOnMessage] === 'function') this.removeEventListener('message', this[kBroadcastOnMessage]);
    // Node's defineEventHandler keeps any value; only a function listens.
    this[kBroadcastOnMessage] = fn ?? null;
    if (typeof fn === 'function') this.addEventListener('message', fn);
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(BroadcastChannel.prototype, 'onmessageerror', {
  get() { return this[kBroadcastOnMessageError] ?? null; },
  set(fn) {
    if (typeof this[kBroadcastOnMessageError] === 'function') this.removeEventListener('messageerror', this[kBroadcastOnMessageError]);
    // Node's defineEventHandler keeps any value; only a function listens.
    this[kBroadcastOnMessageError] = fn ?? null;
    if (typeof fn === 'function') this.addEventListener('messageerror', fn);
  },
  enumerable: true,
  configurable: true,
});
const kBroadcastOnMessage = Symbol('kBroadcastOnMessage');
const kBroadcastOnMessageError = Symbol('kBroadcastOnMessageError');

class MessageChannel {
  constructor() {
    const [a, b] = native.portPair();
    this.port1 = new MessagePort(a);
    this.port2 = new MessagePort(b);
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    // The binding's check (C++ THROW_ERR_INVALID_ARG_TYPE): no "Received".
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  if (port[kQueue][0] === kCloseMessage) return undefined;
  if (port[kQueue].length > 0) return { message: port[kQueue].shift() };
  const parts = native.portTake(port[kId]);
  if (parts === undefined) return undefined;
  const [json, buffers, shared, ports] = parts;
  return { message: deserialize(json, buffers, shared, ports) };
}

// HandleWrap::Close: uv_close, whose callback runs in the close phase. There Node's OnClose
// disentangles the port (its sibling hears of it then, in a later poll phase) and emits
// 'close'.
function closePortHandle(port, disentangle) {
  native.uvClose(() => {
    port[kHandleGone] = true;
    livePorts.delete(port[kId]);
    handleWraps.closed(port[kWrap]);
    native.handleClose(port[kHandle]);
    if (disentangle) native.portClose(port[kId]);
    dispatchFromPort(() => port.emit('close'));
  }, 'MessagePort close');
}

// The sibling closed: MessagePort::OnMessage reads the close message and closes this port's
// handle too.
// Node keeps a port's listeners in EventTarget's `kEvents` map (one entry per type, in the order
// first added: setupPortReferencing's 'newListener'/'removeListener' come first); looplab keeps
// them in EventEmitter's lists, from which the map is shown. The hooks NodeEventTarget adds and
// the port's `kCurrentlyReceivingPorts` follow.
// lib/internal/event_target.js's Listener: a linked list hanging off the type's root.
class Listener {
  constructor(previous, listener) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.flags = 1 << 3; // kFlagNodeStyle: added by `on`
    this.removed = false;
    this.callback = listener;
  }
}
const kNewListenerField = Symbol('kNewListener');
const kRemoveListenerField = Symbol('kRemoveListener');
const kCurrentlyReceivingPorts = Symbol('nodejs.internal.kCurrentlyReceivingPorts');
const portHooks = [function () {}, function () {}]; // eslint-disable-line func-names
function portInspectFields(port) {
  const fields = {};
  for (const sym of Object.getOwnPropertySymbols(port)) {
    const name = sym.description;
    if (name === 'kEvents') {
      const events = new internals.SafeMap();
      for (const type of Reflect.ownKeys(port._events ?? {})) {
        const listeners = emitterMethods.rawListeners.call(port, type);
        if (listeners.length === 0) continue;
        const root = { size: listeners.length, next: undefined, resistStopPropagation: false };
        listeners.reduce((previous, listener) => new Listener(previous, listener), root);
        events.set(type, root);
      }
      fields[sym] = events;
    } else if (name === 'events.maxEventTargetListeners' || name === 'events.maxEventTargetListenersWarned' || name === 'kHandlers') {
      fields[sym] = port[sym];
    }
  }
  fields[kNewListenerField] = portHooks[0];
  fields[kRemoveListenerField] = portHooks[1];
  fields[kCurrentlyReceivingPorts] = undefined;
  return fields;
}

const kCloseMessage = Symbol('kCloseMessage');
function siblingClosed(port) {
  if (port[kClosed]) return;
  port[kClosed] = true;
  livePorts.delete(port[kId]);
  closePortHandle(port, false);
}

native.setHandler('port', (kind, id, json, buffers, shared, ports) => {
  const port = livePorts.get(id);
  if (port === undefined) return;
  if (kind === 'close') {
    // A port that is not receiving (no 'message' listener, no start()) leaves the close
    // message in its queue, as it leaves the messages before it.
    if (port[kStarted] || port[kOwner] !== undefined) siblingClosed(port);
    else port[kQueue].push(kCloseMessage);
    return;
  }
  const value = deserialize(json, buffers, shared, ports);
  if (port[kStarted] || port[kOwner] !== undefined) dispatchFromPort(() => port[kDispatch](value));
  else port[kQueue].push(value);
});

// ---------------------------------------------------------------- Worker (the parent's side)
const kLane = Symbol('kLane');
const kPort = Symbol('kPort');
const kWorkerHandle = Symbol('kWorkerHandle');
const kExitResolvers = Symbol('kExitResolvers');
const workers = new Map();
const kLimits = Symbol('kLimits');
const kThreadLimits = Symbol('kThreadLimits');

// A new thread's heap limits, as `makeResourceLimits` lists them: the ones the caller set,
// else `unset`'s, or V8's defaults on a 64-bit machine.
function resourceLimitsOf(given, unset) {
  const limits = unset ?? { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4 };
  if (given !== undefined && given !== null && typeof given === 'object') {
    for (const key of Object.keys(limits)) {
      if (typeof given[key] === 'number' && given[key] > 0) limits[key] = given[key];
    }
  }
  return limits;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options" argument must be of type object.${describeReceived(options)}`);
    }
    // lib/internal/worker.js checks execArgv and argv first, then the filename.
    for (const key of ['execArgv', 'argv']) {
      if (options[key] && !Array.isArray(options[key])) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options.${key}" property must be an instance of Array.${describeReceived(options[key])}`);
      }
    }
    if (options.eval && typeof filename !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.eval' must be false when 'filename' is not a string. Received ${internals.inspect(options.eval)}`);
    }
    if (typeof URL === 'function' && filename instanceof URL) filename = decodeURIComponent(filename.pathname);
    if (typeof filename !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "filename" argument must be of type string or an instance of URL.${describeReceived(filename)}`);
    }
    let main;
    let code;
    if (options.eval) {
      main = '[worker eval]';
      code = filename;
    } else {
      const relative = filename.startsWith('./') || filename.startsWith('../');
      if (!path.isAbsolute(filename) && !relative) {
        throw codedError(TypeError, 'ERR_WORKER_PATH', `The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received "${filename}"`);
      }
      main = path.resolve(process.cwd(), filename);
    }
    // What Node's LOAD_SCRIPT message carries to the new thread: workerData (with the
    // transferList), a copy of the environment data, and the thread's heap limits.
    const limits = resourceLimitsOf(options.resourceLimits);
    const data = serialize({ workerData: options.workerData, environmentData, limits }, options.transferList);
    // Until the thread starts, Node's handle holds the limits given and -1 for the others.
    const unset = { maxYoungGenerationSizeMb: -1, maxOldGenerationSizeMb: -1, codeRangeSizeMb: -1, stackSizeMb: 4 };
    const env = options.env === undefined || options.env === process.env || options.env === SHARE_ENV ? process.env : options.env;
    const started = native.startWorker({
      main,
      code,
      data,
      argv: Array.isArray(options.argv) ? options.argv.map(String) : [],
      env: Object.entries(env).map(([k, v]) => [k, String(v)]),
      sharedEnv: options.env === SHARE_ENV ? internals.envStore : undefined,
      cwd: process.cwd(),
    });
    this.threadId = started.threadId;
    this[kLimits] = resourceLimitsOf(options.resourceLimits, unset);
    this[kThreadLimits] = limits;
    this.performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
    this[kLane] = started.lane;
    // The thread's stdio streams (made before the public port's channel): pipeWithoutWarning
    // (stdout, process.stdout) makes the process's streams now.
    if (!options.stdout) void process.stdout;
    if (!options.stderr) void process.stderr;
    this[kPort] = new MessagePort(started.port);
    this[kPort][kOwner] = this;
    // setupPortReferencing(this[kPublicPort], this, 'message'): the public port is ref'd while
    // the Worker has 'message' listeners (the Worker's own handle keeps the loop alive here).
    this.on('newListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) this[kPort][kWrap].refed = true;
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) this[kPort][kWrap].refed = false;
    });
    this[kWorkerHandle] = native.handleOpen(true);
    this[kExitResolvers] = [];
    // lib/internal/worker.js: the thread's stdout and stderr are streams of the Worker's; with
    // `stdout: true` (`stderr: true`) the parent reads them, else they go to the process's.
    const { Readable } = internals.loadBuiltin('stream');
    this.stdin = null;
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    if (options.stdout) native.captureStdio(started.lane, 'stdout');
    if (options.stderr) native.captureStdio(started.lane, 'stderr');
    workers.set(started.lane, this);
    asyncFrame().capture(this);
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
    this[kPort].postMessage(value, transferList);
  }
  // The thread's limits while it lives; `{}` once it exited (Node's handle is gone).
  get resourceLimits() {
    return workers.has(this[kLane]) ? { ...this[kLimits] } : {};
  }
  terminate(callback) {
    const done = new Promise((resolve) => {
      if (!workers.has(this[kLane])) {
        resolve(undefined);
        return;
      }
      this[kExitResolvers].push(resolve);
      native.terminate(this[kLane]);
    });
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      done.then((code) => callback(null, code));
    }
    return done;
  }
  ref() {
    native.handleRef(this[kWorkerHandle], true);
    this[kPort][kWrap].refed = true;
  }
  unref() {
    native.handleRef(this[kWorkerHandle], false);
    this[kPort][kWrap].refed = false;
  }
  getHeapSnapshot() { return Promise.reject(codedError(Error, 'ERR_LOOPLAB_NOT_IMPLEMENTED', 'getHeapSnapshot is not available in looplab')); }
}

native.setHandler('worker', (kind, lane, json, buffers, shared, ports, arrow) => {
  const worker = workers.get(lane);
  if (worker === undefined) return;
  asyncFrame().runIn(worker, () => workerEvent(worker, kind, lane, json, buffers, shared, ports, arrow));
});

// What the Worker's internal port brought, in the frame the Worker was made in.
function workerEvent(worker, kind, lane, json, buffers, shared, ports, arrow) {
  if (kind === 'stdout' || kind === 'stderr') {
    worker[kind].push(json);
  } else if (kind === 'online') {
    // The thread set up its isolate: the handle's limits now hold its real constraints.
    worker[kLimits] = worker[kThreadLimits];
    dispatchFromPort(() => worker.emit('online'));
  } else if (kind === 'error') {
    const error = deserialize(json, buffers, shared, ports);
    try {
      worker.emit('error', error);
    } catch (err) {
      emitUncaughtException(err);
      // Unhandled, the worker's own error ends this thread: Node prints the rethrow's arrow,
      // then the one the worker would have printed.
      if (err === error && error !== null && typeof error === 'object' && typeof arrow === 'string') native.setArrow(error, arrow);
    }
  } else if (kind === 'exit') {
    const code = json;
    // kDispose: the parent's side of the thread's stdio ends with it.
    if (!worker.stdout.readableEnded) worker.stdout.push(null);
    if (!worker.stderr.readableEnded) worker.stderr.push(null);
    workers.delete(lane);
    native.handleClose(worker[kWorkerHandle]);
    worker[kPort][kClosed] = true;
    native.handleClose(worker[kPort][kHandle]);
    // kOnExit: listeners removed and the public port unref'd before 'exit'.
    handleWraps.closed(worker[kPort][kWrap]);
    worker.threadId = -1;
    worker.emit('exit', code);
    for (const resolve of worker[kExitResolvers].splice(0)) resolve(code);
  }
}

// A worker's uncaught exception travels to its parent as the Worker's 'error'.
// lib/internal/error_serdes.js keeps an error's own enumerable properties (`code`, ...), which a
// structured clone drops.
let keepErrorProperties = false;
native.setHandler('serializeError', (error, arrow) => {
  // An error that escaped an eval worker's script was decorated there (ContextifyScript's
  // DecorateErrorStack): its `stack` starts with the arrow the worker would have printed.
  if (typeof arrow === 'string' && internals.evalEscapes.has(error)) {
    try {
      if (typeof error.stack === 'string' && !error.stack.startsWith(arrow)) error.stack = `${arrow}\n${error.stack}`;
    } catch {
      // A frozen error or a throwing `stack` accessor stays as it is.
    }
  }
  keepErrorProperties = true;
  try {
    return serialize(error);
  } catch {
    return serialize(String(error));
  } finally {
    keepErrorProperties = false;
  }
});

// ---------------------------------------------------------------- this thread
const isMainThread = info.isMainThread;
const threadId = info.threadId;
let parentPort = null;
let workerData = null;
let environmentData = new Map();
let threadLimits = {};
if (!isMainThread) {
  parentPort = new MessagePort(info.parentPort);
  const [json, buffers, shared, ports] = info.workerData;
  const load = deserialize(json, buffers, shared, ports);
  workerData = load.workerData;
  environmentData = load.environmentData;
  threadLimits = load.limits;
}

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// The globals are the prelude's: structuredClone calls this one, the classes are lazy
// accessors over `internals.workerGlobals`.
internals.workerGlobals = { structuredClone, MessageChannel, MessagePort, MessageEvent, BroadcastChannel };
internals.structuredSerialize = serialize;
internals.structuredDeserialize = deserialize;

return {
  isMainThread,
  BroadcastChannel,
  MessagePort,
  MessageChannel,
  markAsUntransferable() {},
  moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort,
  resourceLimits: threadLimits,
  threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  setEnvironmentData(key, value) { if (value === undefined) environmentData.delete(key); else environmentData.set(key, value); },
  getEnvironmentData(key) { return environmentData.get(key); },
};
