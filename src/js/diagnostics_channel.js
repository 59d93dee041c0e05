//! `node:diagnostics_channel` as Node 20's `lib/diagnostics_channel.js`: named channels held
//! weakly, a Channel that becomes an ActiveChannel at its first subscriber or bound store (and
//! back at its last), `publish` calling each subscriber with (message, name) and rethrowing a
//! subscriber's throw on the next tick, `runStores` entering each bound AsyncLocalStorage
//! (its transform's throw also rethrown on the next tick), and `tracingChannel`: the five
//! `tracing:<name>:<event>` channels and `traceSync`/`tracePromise`/`traceCallback`, publishing
//! in Node's order.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
const { codedError, validateFunction, describeReceived, SafeMap } = internals;

const channels = new Map();

function markActive(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
}

function maybeMarkInactive(channel) {
  if (!channel._subscribers.length && !channel._stores.size) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

// Node's triggerUncaughtException on the next tick: the publisher goes on.
function rethrowLater(err) {
  process.nextTick(() => { throw err; });
}

function wrapStoreRun(store, data, next, transform = (value) => value) {
  return () => {
    let context;
    try {
      context = transform(data);
    } catch (err) {
      rethrowLater(err);
      return next();
    }
    return store.run(context, next);
  };
}

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
    maybeMarkInactive(this);
    return true;
  }
  bindStore(store, transform) {
    this._stores.set(store, transform);
  }
  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeMarkInactive(this);
    return true;
  }
  get hasSubscribers() { return true; }
  publish(data) {
    for (const onMessage of this._subscribers || []) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        rethrowLater(err);
      }
    }
  }
  // The stores wrap the publish and the call, the last bound outermost.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores.entries()) run = wrapStoreRun(store, data, run, transform);
    return run();
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
    markActive(this);
    this.subscribe(subscription);
  }
  unsubscribe() { return false; }
  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }
  unbindStore() { return false; }
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

// ---------------------------------------------------------------- tracing channels
const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, name) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${name}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const found = nameOrChannels[name];
    if (!(found instanceof Channel)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "nameOrChannels.${name}" property must be an instance of Channel.${describeReceived(found)}`);
    }
    return found;
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "nameOrChannels" argument must be of type string or an instance of TracingChannel or Object.${describeReceived(nameOrChannels)}`);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const eventName of traceEvents) {
      Object.defineProperty(this, eventName, { value: tracingChannelFrom(nameOrChannels, eventName) });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
      this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const name of traceEvents) {
      if (!handlers[name]) continue;
      this[name]?.subscribe(handlers[name]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const name of traceEvents) {
      if (!handlers[name]) continue;
      if (!this[name]?.unsubscribe(handlers[name])) done = false;
    }
    return done;
  }

  // start, then the call, then error (if it threw) and end, all around the call's stores.
  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // end when the call returns its promise; asyncStart and asyncEnd (after error on a
  // rejection) when it settles, both before the caller's continuation.
  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        // A thenable becomes a native promise.
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // The callback at `position` (negative counts from the end) is wrapped: error (for a
  // truthy first argument), then asyncStart around the callback's stores, the callback, and
  // asyncEnd.
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

return { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
