//! `node:assert` and `node:assert/strict` as Node 20 shapes them (`lib/assert.js`,
//! `lib/internal/assert/assertion_error.js`): `AssertionError` with Node's message texts (the
//! `+ actual - expected` line diff of Node 20, the `!==` one-liner for short values, the
//! `^` column indicator) and deep equality from `comparisons.js`. `assert.ok(falsy)` quotes
//! the call from the caller's source as Node does, found by scanning the file at the call's
//! position for the balanced call expression (Node parses it with acorn).
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, setStackHeader } = internals;
const { isDeepEqual, isDeepStrictEqual } = internals.comparisons;
const { inspect } = internals.loadBuiltin('util');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;
const kMaxLongLength = 512;

function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

const isObjectOrFunction = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

// Lines common to both sides before a change: up to two are shown, a longer run is shown as
// its last lines (three when it is exactly five) after a `...` line.
function flushIdentical(lines, i, identical, state) {
  if (identical <= 2) return;
  if (identical > 4) {
    if (identical === 5) {
      state.res += `\n  ${lines[i - 3]}`;
      state.printed++;
    } else {
      state.res += '\n...';
      state.skipped = true;
    }
  }
  if (identical > 3) {
    state.res += `\n  ${lines[i - 2]}`;
    state.printed++;
  }
  state.res += `\n  ${lines[i - 1]}`;
  state.printed++;
}

// The message of a failed strictEqual / deepStrictEqual: Node 20's line diff of the two
// inspected values (a custom message, when given, replaces the header's first line).
function createErrDiff(actual, expected, operator, customMessage) {
  let other = '';
  let end = '';
  let indicator = '';
  let i = 0;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null)
    || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = customMessage ?? kReadableOperator[operator];

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const inputLength = a.length + b.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null)
        && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      while (a[i] === b[i]) i++;
      if (i > 2) {
        indicator = `\n  ${' '.repeat(i)}^`;
        i = 0;
      }
    }
  }

  // Identical trailing lines: the last three are kept as the end of the diff.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  const state = { res: '', printed: 0, skipped: false };
  if (i >= 5) {
    end = `\n...${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }
  const msg = `${header}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  let identical = 0;
  let lines = actualLines;
  let plusMinus = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }
  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      flushIdentical(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) state.res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine
        && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by the expected side's trailing comma is the same line.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i, identical, state);
        identical = 0;
        // Consecutive changed lines print as +++--- rather than +-+-.
        state.res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        state.printed += 2;
      } else {
        state.res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          state.res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${state.res}\n...${other}\n...`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${state.res}${other}${end}${indicator}`;
}

function truncate(text) {
  return text.length > kMaxLongLength ? `${text.slice(0, 509)}...` : text;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) base = kReadableOperator.notStrictEqualObject;
    if (res.length > 50) {
      res[46] = '...';
      res.length = 47;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  res = truncate(res);
  other = truncate(other);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options" argument must be of type object.${describeReceived(options)}`);
    }
    const { message, operator } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        text = createErrDiff(actual, expected, operator, String(message));
      } else {
        text = String(message);
      }
    } else {
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    setStackHeader(this, `AssertionError [ERR_ASSERTION]: ${text}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Where Node 20.20.2's own code throws each failure: an uncaught one prints that line (its
// file, the source line and a caret), not the user's call.
const SITES = {
  innerFail: 'node:assert:90\n  throw new AssertionError(obj);\n  ^\n',
  innerFailMessage: 'node:assert:88\n  if (obj.message instanceof Error) throw obj.message;\n                                    ^\n',
  ok: 'node:internal/assert/utils:281\n    throw err;\n    ^\n',
  okMessage: 'node:internal/assert/utils:270\n      throw message;\n      ^\n',
  fail: 'node:assert:137\n  throw err;\n  ^\n',
  failMessage: 'node:assert:124\n  if (message instanceof Error) throw message;\n                                ^\n',
  compareKey: 'node:assert:377\n      throw err;\n      ^\n',
  notAnObject: 'node:assert:416\n      throw err;\n      ^\n',
  expectedException: 'node:assert:491\n    throw err;\n    ^\n',
  unwantedRethrow: 'node:assert:634\n  throw actual;\n  ^\n',
  ifError: 'node:assert:733\n    throw newErr;\n    ^\n',
  matchMessage: 'node:assert:747\n      throw message;\n      ^\n',
  match: 'node:assert:768\n    throw err;\n    ^\n',
  // A rejects/doesNotReject failure surfaces as an unhandled rejection of an error made inside
  // Node: its report points at the rejection machinery.
  rejection: 'node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n',
};
function thrownAt(err, site) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) internals.setThrowSite(err, SITES[site]);
  return err;
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw thrownAt(obj.message, 'innerFailMessage');
  throw thrownAt(new AssertionError(obj), 'innerFail');
}

function missingArgs(count) {
  if (count < 2) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
  }
}

// ---------------------------------------------------------------- ok and its message
// The caller's file, line and column (1-based), from the first frame outside node: code.
function callSite() {
  const stack = new Error().stack.split('\n').slice(1);
  for (const line of stack) {
    const m = /\(?([^\s()]+):(\d+):(\d+)\)?$/.exec(line.trim());
    if (m === null || m[1].startsWith('node:')) continue;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

// Index just past the string, template or comment starting at `i`, or `i` when none starts.
function skipLiteral(code, i) {
  const c = code[i];
  if (c === '"' || c === "'" || c === '`') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === c) return j + 1;
    }
    return code.length;
  }
  if (c === '/' && code[i + 1] === '/') {
    const j = code.indexOf('\n', i);
    return j === -1 ? code.length : j;
  }
  if (c === '/' && code[i + 1] === '*') {
    const j = code.indexOf('*/', i + 2);
    return j === -1 ? code.length : j + 2;
  }
  return i;
}

// The source of the call expression whose argument list opens near `offset`: back over the
// callee (`assert`, `assert.ok`, `assert.strict.ok`), forward to the balancing `)`.
function callExpressionAt(code, offset) {
  let open = offset;
  while (open < code.length && code[open] !== '(') open++;
  if (open >= code.length) return undefined;
  let start = open;
  while (start > 0 && /\s/.test(code[start - 1])) start--;
  while (start > 0 && /[\w$.?\s]/.test(code[start - 1])) start--;
  while (/\s/.test(code[start])) start++;
  let depth = 0;
  for (let i = open; i < code.length;) {
    const next = skipLiteral(code, i);
    if (next !== i) { i = next; continue; }
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return { start, text: code.slice(start, i + 1) };
    }
    i++;
  }
  return undefined;
}

function okMessage() {
  const site = callSite();
  if (site === undefined) return undefined;
  let code;
  try {
    code = internals.loadBuiltin('fs').readFileSync(site.file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = code.split('\n');
  if (site.line > lines.length) return undefined;
  let offset = site.column - 1;
  for (let l = 0; l < site.line - 1; l++) offset += lines[l].length + 1;
  const found = callExpressionAt(code, offset);
  if (found === undefined) return undefined;
  const lineStart = code.lastIndexOf('\n', found.start - 1) + 1;
  const column = found.start - lineStart;
  // Later lines lose up to the call's own indentation.
  const [first, ...rest] = found.text.split('\n');
  let message = first;
  for (const frame of rest) {
    let pos = 0;
    while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    message += `\n  ${frame.slice(pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = okMessage();
  } else if (message instanceof Error) {
    throw thrownAt(message, 'okMessage');
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
  err.generatedMessage = generated;
  throw thrownAt(err, 'ok');
}

// ---------------------------------------------------------------- the assertions
function ok(...args) { innerOk(ok, args.length, ...args); }
const assert = ok;

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) {
    internalMessage = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw thrownAt(message, 'failMessage');
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator,
    message: internalMessage || message, stackStartFn,
  });
  if (internalMessage) err.generatedMessage = true;
  throw thrownAt(err, 'fail');
};
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  missingArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==' });
  }
};
assert.notEqual = function notEqual(actual, expected, message) {
  missingArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=' });
  }
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  missingArgs(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};

// ---------------------------------------------------------------- throws and rejects
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && obj[key] instanceof RegExp && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw thrownAt(err, 'compareKey');
    }
    innerFail({ actual, expected, message, operator: fn.name });
  }
}

function expectedException(actual, expected, message, fn) {
  let generated = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual' });
      err.operator = fn.name;
      throw thrownAt(err, 'notAnObject');
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'error' may not be an empty object. Received {}`);
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected) || expected === Error) {
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (actual instanceof Error) message += `"${actual.name}"`;
      else message += `"${inspect(actual, { depth: -1 })}"`;
      if (actual && actual.message !== undefined) message += `\n\nError message:\n\n${actual.message}`;
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (actual instanceof Error) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name });
    err.generatedMessage = generated;
    throw thrownAt(err, 'expectedException');
  }
}

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn) {
  if (typeof fn !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "fn" argument must be of type function.${describeReceived(fn)}`);
  }
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

const isThenable = (v) => v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function';

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isThenable(resultPromise)) {
      throw codedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        `Expected instance of Promise to be returned from the "promiseFn" function but got ${describeReceived(resultPromise).slice(' Received '.length)}.`);
    }
  } else if (isThenable(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "promiseFn" argument must be of type function or an instance of Promise.${describeReceived(promiseFn)}`);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "error" argument must be of type function or an instance of Error, RegExp, or Object.${describeReceived(error)}`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "error" argument must be of type function or an instance of Error, RegExp, or Object.${describeReceived(error)}`);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}` });
  }
  if (error !== undefined) expectedException(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && error.prototype !== undefined && actual instanceof error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
    });
  }
  throw thrownAt(actual, 'unwantedRethrow');
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};
// A failure inside an async assertion is reported as a rejection (see SITES.rejection).
function asRejection(check) {
  try {
    check();
  } catch (err) {
    throw thrownAt(err, 'rejection');
  }
}
assert.rejects = async function rejects(promiseFn, ...args) {
  const actual = await waitForActual(promiseFn);
  asRejection(() => expectsError(rejects, actual, ...args));
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  const actual = await waitForActual(fn);
  asRejection(() => expectsNoError(doesNotReject, actual, ...args));
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
  e.generatedMessage = false;
  throw thrownAt(e, 'ifError');
};

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "regexp" argument must be an instance of RegExp.${describeReceived(regexp)}`);
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw thrownAt(message, 'matchMessage');
    const generated = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ')
        + `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name });
    err.generatedMessage = generated;
    throw thrownAt(err, 'match');
  }
}
assert.match = function match(string, regexp, message) { internalMatch(string, regexp, message, match); };
assert.doesNotMatch = function doesNotMatch(string, regexp, message) { internalMatch(string, regexp, message, doesNotMatch); };

// CallTracker (deprecated in Node 20, still exported): counts calls of wrapped functions.
class CallTracker {
  #calls = [];
  calls(fn = () => {}, exact = 1) {
    if (typeof fn === 'number') { exact = fn; fn = () => {}; }
    const record = { fn, exact, calls: [] };
    this.#calls.push(record);
    return function tracked(...args) {
      record.calls.push({ thisArg: this, arguments: args });
      return Reflect.apply(fn, this, args);
    };
  }
  report() {
    return this.#calls.filter((c) => c.calls.length !== c.exact).map((c) => ({
      message: `Expected the ${c.fn.name || 'fn'} function to be executed ${c.exact} time(s) but was executed ${c.calls.length} time(s).`,
      actual: c.calls.length, expected: c.exact, operator: c.fn.name || 'fn', stack: new Error(),
    }));
  }
  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    innerFail({ message, details: errors });
  }
}
assert.CallTracker = CallTracker;

// assert/strict: the same functions, with the loose ones replaced by their strict forms.
function strict(...args) { innerOk(strict, args.length, ...args); }
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

return assert;
