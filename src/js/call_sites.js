//! V8's stack trace API as Node 20 exposes it: `Error.prepareStackTrace(error, callSites)`,
//! called when an error's `stack` is first read, with one CallSite object per frame.
// Evaluated as `(function (native, internals, global) { ... return exports; })`; registered as
// `internal/call_sites`. src/stack.rs formats the frames in Node's words (at most
// `Error.stackTraceLimit`, Node's own frames included) and calls `prepare` with that text; a
// call site is read back from its frame line, so it says what the line says: the receiver's
// type, the function and method names, the place, `new` for a constructor.
'use strict';

// One frame's facts, by call site (V8 keeps them in internal slots a script cannot see, so a
// CallSite has no own keys).
const facts = new WeakMap();

function factsOf(site) {
  const f = facts.get(site);
  if (f === undefined) throw new TypeError('CallSite method called on non-CallSite object');
  return f;
}

// `    at Type.fn [as m] (file:line:col)`, `    at new C (…)`, `    at file:line:col`,
// `    at Array.map (<anonymous>)`.
function parseFrame(line) {
  const text = line.replace(/^\s*at /, '');
  const call = /^(.*?) \((.*)\)$/.exec(text);
  let callee = call === null ? null : call[1];
  const place = call === null ? text : call[2];
  const f = {
    text, typeName: null, functionName: null, methodName: null, fileName: null, line: null,
    column: null, isConstructor: false, isAsync: false, isEval: place.startsWith('eval at '),
  };
  if (place !== '<anonymous>' && place !== 'native') {
    const at = /^(.*):(\d+):(\d+)$/.exec(place);
    if (at === null) {
      f.fileName = place;
    } else {
      f.fileName = at[1];
      f.line = Number(at[2]);
      f.column = Number(at[3]);
    }
  }
  if (callee === null) return f;
  if (callee.startsWith('async ')) {
    f.isAsync = true;
    callee = callee.slice('async '.length);
  }
  if (callee.startsWith('new ')) {
    f.isConstructor = true;
    f.functionName = callee.slice('new '.length);
    return f;
  }
  const alias = / \[as ([^\]]*)\]$/.exec(callee);
  if (alias !== null) callee = callee.slice(0, alias.index);
  const dot = callee.indexOf('.');
  if (dot > 0 && !callee.startsWith('<')) {
    f.typeName = callee.slice(0, dot);
    const name = callee.slice(dot + 1);
    // Node's own methods are named where they are assigned (`Module._compile`), V8 prints the
    // name as it is when it already starts with the type.
    const own = f.fileName !== null && f.fileName.startsWith('node:') && alias === null;
    f.functionName = name === '<anonymous>' ? null : own ? callee : name;
    f.methodName = alias !== null ? alias[1] : name === '<anonymous>' ? null : name;
  } else {
    f.functionName = callee;
    f.methodName = alias === null ? null : alias[1];
  }
  return f;
}

// The path of a frame's file in the vfs (an ES module's frames name its file: URL).
function pathOf(fileName) {
  if (typeof fileName !== 'string') return null;
  if (!fileName.startsWith('file://')) return fileName;
  try { return decodeURIComponent(fileName.slice('file://'.length)); } catch { return null; }
}

// Where the function holding the frame's place starts (V8 keeps the function's script
// position); the frame's own place when the file is not the user's.
function enclosing(f) {
  const path = pathOf(f.fileName);
  const found = path !== null && f.line !== null ? native.enclosingFunction(path, f.line, f.column) : undefined;
  return found ?? [f.line, f.column];
}

// The frame's place as an offset in its script's text (UTF-16 units, as V8 counts).
function position(f) {
  const path = pathOf(f.fileName);
  if (path === null || f.line === null || path.startsWith('node:')) return 0;
  let text;
  try { text = native.readFile(path); } catch { return 0; }
  let offset = 0;
  for (let line = 1; line < f.line; line++) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return 0;
    offset = end + 1;
  }
  return offset + f.column - 1;
}

class CallSite {
  constructor() { throw new TypeError('Illegal constructor'); }
  getColumnNumber() { return factsOf(this).column; }
  getEnclosingColumnNumber() { return enclosing(factsOf(this))[1]; }
  getEnclosingLineNumber() { return enclosing(factsOf(this))[0]; }
  getEvalOrigin() { return undefined; }
  getFileName() { return factsOf(this).fileName; }
  getFunction() { return undefined; }
  getFunctionName() { return factsOf(this).functionName; }
  getLineNumber() { return factsOf(this).line; }
  getMethodName() { return factsOf(this).methodName; }
  getPosition() { return position(factsOf(this)); }
  getPromiseIndex() { return null; }
  getScriptNameOrSourceURL() { return factsOf(this).fileName; }
  getScriptHash() { return ''; }
  getThis() { return undefined; }
  // A static method's receiver is its class, whose constructor V8 names: `Function`.
  getTypeName() {
    const f = factsOf(this);
    if (f.typeName === null || f.isConstructor) return f.typeName;
    return enclosing(f)[2] === true ? 'Function' : f.typeName;
  }
  isAsync() { return factsOf(this).isAsync; }
  isConstructor() { return factsOf(this).isConstructor; }
  isEval() { return factsOf(this).isEval; }
  isNative() { return false; }
  isPromiseAll() { return false; }
  // V8: a call whose receiver is the global object or undefined (a plain function call).
  isToplevel() {
    const f = factsOf(this);
    return f.typeName === null && f.methodName === null && !f.isConstructor;
  }
  toString() { return factsOf(this).text; }
}

function callSites(frames) {
  return frames.split('\n').filter((line) => line !== '').map((line) => {
    const site = Object.create(CallSite.prototype);
    facts.set(site, parseFrame(line));
    return site;
  });
}

// lib/internal/errors.js: Node 20's own `Error.prepareStackTrace` (ErrorPrepareStackTrace,
// defaultPrepareStackTrace): the error's `toString()`, then `    at ` and each call site.
function ErrorPrepareStackTrace(error, trace) {
  const errorString = Error.prototype.toString.call(error);
  if (trace.length === 0) return errorString;
  return `${errorString}\n    at ${trace.join('\n    at ')}`;
}
Object.defineProperty(global.Error, 'prepareStackTrace', {
  value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true,
});

// V8 does not call the hook again for a stack read while it runs (its formatting guard).
let preparing = false;

// The stack of `error` when the script set its own `Error.prepareStackTrace` (as Node's
// prepareStackTraceCallback calls it): `{ value }`, whatever it returned; undefined when the
// default formatting applies.
function prepare(error, frames) {
  const hook = global.Error.prepareStackTrace;
  if (typeof hook !== 'function' || hook === ErrorPrepareStackTrace || preparing) return undefined;
  preparing = true;
  try {
    return { value: Reflect.apply(hook, global.Error, [error, callSites(frames)]) };
  } finally {
    preparing = false;
  }
}

return { prepare };
