//! `node:diagnostics_channel` as Node 20's `lib/diagnostics_channel.js`: named channels held
//! weakly, a Channel that becomes an ActiveChannel at its first subscriber (and back at its
//! last), `publish` calling each subscriber with (message, name) and rethrowing a subscriber's
//! throw on the next tick. Not built: `tracingChannel` and `bindStore`/`runStores`' stores.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
const { codedError, validateFunction, describeReceived } = internals;

const channels = new Map();

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }
  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const before = this._subscribers.slice(0, index);
    const after = this._subscribers.slice(index + 1);
    this._subscribers = [...before, ...after];
    if (this._subscribers.length === 0 && this._stores.size === 0) {
      Object.setPrototypeOf(this, Channel.prototype);
      this._subscribers = undefined;
      this._stores = undefined;
    }
    return true;
  }
  get hasSubscribers() { return true; }
  publish(data) {
    for (const onMessage of this._subscribers || []) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        // Node's triggerUncaughtException on the next tick: the publisher goes on.
        process.nextTick(() => { throw err; });
      }
    }
  }
  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return Reflect.apply(fn, thisArg, args);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, new WeakRef(this));
  }
  static [Symbol.hasInstance](instance) {
    const prototype = instance !== null && (typeof instance === 'object' || typeof instance === 'function') ? Object.getPrototypeOf(instance) : null;
    return prototype === ActiveChannel.prototype || prototype === Channel.prototype;
  }
  subscribe(subscription) {
    Object.setPrototypeOf(this, ActiveChannel.prototype);
    this._subscribers = [];
    this._stores = new Map();
    this.subscribe(subscription);
  }
  unsubscribe() { return false; }
  get hasSubscribers() { return false; }
  publish() {}
  runStores(data, fn, thisArg, ...args) { return Reflect.apply(fn, thisArg, args); }
}

function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "channel" argument must be one of type string or symbol.${describeReceived(name)}`);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  if (!existing) return false;
  return existing.hasSubscribers;
}

function tracingChannel() {
  throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', 'diagnostics_channel.tracingChannel is not available in the playground');
}

return { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
