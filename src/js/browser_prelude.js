//! The browser's globals for looplab's HTML event-loop model (src/html_loop.rs): `console`,
// `setTimeout`/`setInterval` and their `clear` functions, `queueMicrotask`, `performance`,
// `globalThis.window`. Deliberately absent, as in a browser tab: `process`, `setImmediate`,
// `require`, `module`, `Buffer` (using one throws "ReferenceError: process is not defined").
// Evaluated as `(function (native, global) { ... })`; `native` is the Rust side.
'use strict';

// A browser console shows strings as they are and other values as a short preview; this is a
// plain-text version of that preview (close to Node's for the values lessons print).
function preview(value, depth, seen) {
  switch (typeof value) {
    case 'string': return depth === 0 ? value : `'${value}'`;
    case 'undefined': return 'undefined';
    case 'function': return `ƒ ${value.name || '(anonymous)'}`;
    case 'symbol': return value.toString();
    case 'bigint': return `${value}n`;
    case 'number': return Object.is(value, -0) ? '-0' : `${value}`;
    case 'boolean': return `${value}`;
    default: break;
  }
  if (value === null) return 'null';
  if (seen.includes(value)) return '[Circular]';
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Promise) return 'Promise {…}';
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '{…}';
  const inner = [...seen, value];
  if (Array.isArray(value)) {
    return `[${value.map((v) => preview(v, depth + 1, inner)).join(', ')}]`;
  }
  const entries = Object.keys(value).map((k) => `${k}: ${preview(value[k], depth + 1, inner)}`);
  const name = value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : '';
  return entries.length === 0 ? `${name}{}` : `${name}{${entries.join(', ')}}`;
}

function format(args) {
  return args.map((a) => preview(a, 0, [])).join(' ');
}

const console = {
  log(...args) { native.write(1, `${format(args)}\n`); },
  info(...args) { native.write(1, `${format(args)}\n`); },
  debug(...args) { native.write(1, `${format(args)}\n`); },
  warn(...args) { native.write(2, `${format(args)}\n`); },
  error(...args) { native.write(2, `${format(args)}\n`); },
};

// HTML's timer initialization steps take a function or a string of code.
function handlerOf(handler) {
  if (typeof handler === 'function') return handler;
  const code = `${handler}`;
  return () => (0, eval)(code);
}

function setTimeout(handler, timeout = 0, ...args) {
  return native.addTimer(handlerOf(handler), Number(timeout) || 0, args, false);
}
function setInterval(handler, timeout = 0, ...args) {
  return native.addTimer(handlerOf(handler), Number(timeout) || 0, args, true);
}
// Timeouts and intervals share one map of active timers: either function clears either kind.
function clearTimeout(id = 0) { native.clearTimer(Number(id) || 0); }
function clearInterval(id = 0) { native.clearTimer(Number(id) || 0); }
function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.");
  }
  native.queueMicrotask(callback);
}

const globals = {
  console, setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask,
  performance: { now: () => native.now(), timeOrigin: 1704067200000 },
  window: global, self: global,
};
for (const [name, value] of Object.entries(globals)) {
  Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: true });
}

return {
  // "Uncaught Error: boom", as a browser's console reports an exception no one caught.
  describe(value) {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    return preview(value, 1, []);
  },
};
