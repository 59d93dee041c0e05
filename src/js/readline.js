//! `node:readline` and `readline/promises` for a non-terminal input, as Node 20's
//! lib/internal/readline/interface.js runs them: the Interface listens to the input's
//! 'data' and 'end', decodes with a StringDecoder, splits on `\r\n`, `\n` and `\r` (not
//! U+2028/U+2029 in Node 20), and emits 'line' synchronously inside the input's 'data' callback; at 'end' the
//! unfinished line (if any) is emitted, then `close()` ('pause', then 'close'). Async iteration
//! is Node's object-mode Readable fed by 'line'. `question` writes the query to the output and
//! takes the next line as the answer; with an empty stdin the input ends first, so the
//! callback never runs (and the promise never settles), as in Node. The cursor helpers write
//! Node's escape sequences. Terminal mode (keypresses, history, completion) is not modelled:
//! stdio is never a terminal here.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, EventEmitter, process, AbortError } = internals;
const { StringDecoder } = internals.loadBuiltin('string_decoder');
const { Readable } = internals.loadBuiltin('stream');

const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

function useAfterClose() {
  return codedError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}
// An error thrown by Node's `lib/` code, with its frames down to the learner's call
// (`callers`, innermost first) and, if uncaught, an arrow at Node's own throw line.
function atNodeSite(err, site, frames) {
  if (site) internals.setThrowSite(err, site);
  internals.prependStackFrames(err, frames.map((frame) => `    at ${frame}`).join('\n'));
  return err;
}
// Node's frames under `question`: the callback form's, and the promise form's executor.
const kQuestionCallers = ['Interface.question (node:readline:158:20)'];
const promiseQuestionCallers = (line, column) =>
  [`node:readline/promises:${line}:${column}`, 'new Promise (<anonymous>)', 'Interface.question (node:readline/promises:35:12)'];
function invalidArgValue(name, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${internals.inspect(value)}`);
}
function validateString(value, name) {
  if (typeof value !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type string.${describeReceived(value)}`);
  }
}

const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kLineObjectStream = Symbol('line object stream');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kWriteToOutput = Symbol('_writeToOutput');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  EventEmitter.call(this);

  let crlfDelay;
  let prompt = '> ';
  let signal;
  let history;
  let historySize;
  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    signal = input.signal;
    history = input.history;
    historySize = input.historySize;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  if (history === undefined) history = [];
  if (historySize === undefined) historySize = 30;
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  const self = this;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  // Terminal mode needs keypresses from a TTY, which a run never has.
  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) self.emit('line', self[kLineBuffer]);
    self.close();
  }

  this[kLineObjectStream] = undefined;
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', () => {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  this[kDecoder] = new StringDecoder('utf8');

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) { this[kPrompt] = prompt; }
  getPrompt() { return this[kPrompt]; }

  prompt() {
    if (this.paused) this.resume();
    this[kWriteToOutput](this[kPrompt]);
  }

  [kQuestion](query, cb, callers = kQuestionCallers) {
    if (this.closed) {
      throw atNodeSite(useAfterClose(), "node:internal/readline/interface:400\n      throw new ERR_USE_AFTER_CLOSE('readline');\n            ^\n",
        ['[kQuestion] (node:internal/readline/interface:400:13)', ...callers]);
    }
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  clearLine() {
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d) {
    if (this.paused) this.resume();
    this[kNormalWrite](d);
  }

  // A chunk of input: complete lines are emitted now, the rest waits for the next chunk. A
  // `\r` at the end of one chunk and `\n` at the start of the next (within crlfDelay) are one
  // line ending.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (!string) return;
    const lines = string.split(lineEnding);
    const lastIndex = lines.length - 1;
    if (lastIndex === 0) {
      this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    let first = lines[0];
    if (this[kLineBuffer]) first = this[kLineBuffer] + first;
    this[kLineBuffer] = lines[lastIndex];
    this[kOnLine](first);
    for (let i = 1; i < lastIndex; i++) this[kOnLine](lines[i]);
  }

  getCursorPos() {
    return { rows: 0, cols: (this[kPrompt] + this.line).length };
  }

  // An object-mode Readable fed by 'line' (Node 20's implementation): lines emitted before
  // the first iteration step are buffered in it.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const readable = new Readable({
        objectMode: true,
        read: () => {
          this.resume();
        },
        destroy: (err, cb) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (input) => {
        if (!readable.push(input)) this.pause();
      };
      const closeListener = () => {
        readable.push(null);
      };
      const errorListener = (err) => {
        readable.destroy(err);
      };
      this.on('error', errorListener);
      this.on('line', lineListener);
      this.on('close', closeListener);
      this[kLineObjectStream] = readable;
    }
    return this[kLineObjectStream][Symbol.asyncIterator]();
  }
}

// ---------------------------------------------------------------- callback API
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => { cleanup(); return original(answer); } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The cursor helpers (lib/internal/readline/callbacks.js): escape sequences to a stream.
const CSI = (strings, ...args) => `\x1b[${strings.reduce((acc, s, i) => acc + args[i - 1] + s)}`;
function writeTo(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgValue('callback', callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return writeTo(stream, data, callback);
}
function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return writeTo(stream, data, callback);
}
function clearLine(stream, dir, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? CSI`1K` : dir > 0 ? CSI`0K` : CSI`2K`;
  return writeTo(stream, type, callback);
}
function clearScreenDown(stream, callback) {
  return writeTo(stream, CSI`0J`, callback);
}
// Keypresses come only from a terminal; on a pipe there are none to emit.
function emitKeypressEvents() {}

// ---------------------------------------------------------------- readline/promises
class PromisesInterface extends Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        const signal = options.signal;
        if (signal.aborted) {
          const site = 'node:readline/promises:42\n            new AbortError(undefined, { cause: options.signal.reason }));\n            ^\n';
          reject(atNodeSite(new AbortError(undefined, { cause: signal.reason }), site, promiseQuestionCallers(42, 13)));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb, promiseQuestionCallers(60, 22));
    });
  }
}

// `readline/promises`' Readline: cursor commands queued and sent by `commit()`.
class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;
  constructor(stream, options = undefined) {
    this.#stream = stream;
    this.#autoCommit = !!options?.autoCommit;
  }

  #queue(data) {
    if (this.#autoCommit) this.#stream.write(data);
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) { return this.#queue(typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`); }
  moveCursor(dx, dy) {
    let data = '';
    if (dx < 0) data += CSI`${-dx}D`;
    else if (dx > 0) data += CSI`${dx}C`;
    if (dy < 0) data += CSI`${-dy}A`;
    else if (dy > 0) data += CSI`${dy}B`;
    return data ? this.#queue(data) : this;
  }
  clearLine(dir) { return this.#queue(dir < 0 ? CSI`1K` : dir > 0 ? CSI`0K` : CSI`2K`); }
  clearScreenDown() { return this.#queue(CSI`0J`); }
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }
  rollback() {
    this.#todo = [];
    return this;
  }
}

const promises = {
  Interface: PromisesInterface,
  Readline,
  createInterface: (input, output, completer, terminal) => new PromisesInterface(input, output, completer, terminal),
};

return {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
