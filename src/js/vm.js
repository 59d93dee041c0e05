//! `node:vm`, shaped as Node 20's `lib/vm.js`: `Script`, `createContext`, `isContext`, the
//! `runIn*Context` functions and `compileFunction`. A context is a Boa realm
//! (`src/vm_natives.rs`). Node links the realm's global to the sandbox object with V8
//! interceptors; looplab links them with accessors: each property of the sandbox becomes an
//! accessor on the realm's global that reads and writes the sandbox, and what a script adds to
//! the global (`var`, functions, undeclared assignments) is copied onto the sandbox when the
//! script returns, then linked the same way when it can be (a `var`, not configurable, stays
//! a copy, refreshed at each run). So functions made in the context see the sandbox's current
//! values later, as in Node; a `var` a later callback changes reaches the sandbox at the next
//! run only.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;

const kParsingContext = Symbol('script parsing context');
const contexts = new WeakMap();

// V8 gives every new context a console whose output goes to the inspector only: calling it
// prints nothing.
const consoleMethods = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace',
  'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context', 'createTask'];

function invalidArgType(name, expected, value) {
  // Node says "property" for a member of an options object.
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}

function validateObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateTimeout(options) {
  const timeout = options === null || typeof options !== 'object' ? undefined : options.timeout;
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number') throw invalidArgType('options.timeout', 'of type number', timeout);
  if (!Number.isInteger(timeout)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "options.timeout" is out of range. It must be an integer. Received ${timeout}`);
  }
  if (timeout < 1 || timeout > 4294967295) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received ${timeout}`);
  }
  return timeout;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function createContext(contextObject = {}, options) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'object');
  const [handle, realmGlobal] = native.newRealm();
  const console = {};
  for (const name of consoleMethods) {
    Object.defineProperty(console, name, {
      value: { [name]() {} }[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(realmGlobal, 'console', { value: console, writable: true, enumerable: false, configurable: true });
  contexts.set(contextObject, {
    handle,
    global: realmGlobal,
    builtins: new Set(Reflect.ownKeys(realmGlobal)),
    linked: new Set(),
    copied: new Map(),
  });
  return contextObject;
}

// Make the sandbox's properties the global's, before a script runs.
function linkIn(sandbox, state) {
  const { global: realmGlobal, linked, copied } = state;
  for (const key of linked) {
    if (!Object.prototype.hasOwnProperty.call(sandbox, key)) {
      delete realmGlobal[key];
      linked.delete(key);
    }
  }
  for (const key of Reflect.ownKeys(sandbox)) {
    if (linked.has(key)) continue;
    const own = Object.getOwnPropertyDescriptor(realmGlobal, key);
    if (own === undefined || own.configurable) {
      const enumerable = Object.getOwnPropertyDescriptor(sandbox, key).enumerable;
      Object.defineProperty(realmGlobal, key, {
        get() { return sandbox[key]; },
        set(value) { sandbox[key] = value; },
        enumerable,
        configurable: true,
      });
      linked.add(key);
    } else if (!copied.has(key) || !Object.is(copied.get(key), sandbox[key])) {
      realmGlobal[key] = sandbox[key];
    }
  }
}

// What the script added to the global goes onto the sandbox.
function copyOut(sandbox, state) {
  const { global: realmGlobal, builtins, linked, copied } = state;
  for (const key of Reflect.ownKeys(realmGlobal)) {
    if (linked.has(key) || builtins.has(key)) continue;
    const own = Object.getOwnPropertyDescriptor(realmGlobal, key);
    if (own === undefined || !('value' in own)) continue;
    sandbox[key] = own.value;
    if (own.configurable) {
      Object.defineProperty(realmGlobal, key, {
        get() { return sandbox[key]; },
        set(value) { sandbox[key] = value; },
        enumerable: own.enumerable,
        configurable: true,
      });
      linked.add(key);
    } else {
      copied.set(key, own.value);
    }
  }
}

function runInRealm(state, sandbox, code, filename, timeout) {
  if (state === null) return native.run(null, code, filename, timeout);
  linkIn(sandbox, state);
  try {
    return native.run(state.handle, code, filename, timeout);
  } finally {
    copyOut(sandbox, state);
  }
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null) return {};
  validateObject(options, 'options');
  return options;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    options = scriptOptions(options);
    const { filename = 'evalmachine.<anonymous>' } = options;
    if (typeof filename !== 'string') throw invalidArgType('options.filename', 'of type string', filename);
    // Compiled now, so a syntax error throws here (and again in whichever context runs it).
    native.check(code, filename);
    Object.defineProperty(this, kParsingContext, { value: { code, filename }, enumerable: false });
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    const { code, filename } = this[kParsingContext];
    return runInRealm(null, null, code, filename, validateTimeout(options));
  }

  runInContext(contextifiedObject, options) {
    if (contextifiedObject === null || typeof contextifiedObject !== 'object' || !contexts.has(contextifiedObject)) {
      throw invalidArgType('contextifiedObject', 'an vm.Context', contextifiedObject);
    }
    const { code, filename } = this[kParsingContext];
    const timeout = validateTimeout(options);
    return runInRealm(contexts.get(contextifiedObject), contextifiedObject, code, filename, timeout);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, options);
    return this.runInContext(context, options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(options);
}

// V8's CompileFunction: the body in a function of the given parameters, each context extension
// an object scope around it (`with`), compiled in the parsing context's realm.
function compileFunction(code, params = [], options = {}) {
  code = `${code}`;
  if (!Array.isArray(params)) throw invalidArgType('params', 'an instance of Array', params);
  params.forEach((param, i) => {
    if (typeof param !== 'string') throw invalidArgType(`params[${i}]`, 'of type string', param);
  });
  validateObject(options, 'options');
  const { filename = '', contextExtensions = [], parsingContext } = options;
  if (!Array.isArray(contextExtensions)) {
    throw invalidArgType('options.contextExtensions', 'an instance of Array', contextExtensions);
  }
  let state = null;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw invalidArgType('options.parsingContext', 'an vm.Context', parsingContext);
    }
    state = contexts.get(parsingContext);
  }
  const names = contextExtensions.map((_, i) => `__looplab_extension${i}`);
  const withs = names.map((n) => `with (${n}) `).join('');
  const source = `(function (${names.join(', ')}) { ${withs}return function (${params.join(', ')}) {\n${code}\n}; })`;
  const factory = state === null ? native.run(null, source, filename)
    : runInRealm(state, parsingContext, source, filename);
  return factory(...contextExtensions);
}

function measureMemory() {
  return Promise.reject(codedError(Error, 'ERR_LOOPLAB_NOT_IMPLEMENTED', 'vm.measureMemory is not available in looplab'));
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

return {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
