//! node:child_process, shaped as Node 20's lib/child_process.js and lib/internal/child_process.js:
// spawn, exec, execFile, fork and their Sync forms, ChildProcess with its 'spawn', 'exit',
// 'close', 'error', 'message' and 'disconnect' events, stdio pipes, kill and IPC. Commands run in
// the virtual shell (src/shell.rs); `node` children are runtimes of their own in lanes
// (src/lanes.rs), stepped by the main thread's loop, their output arriving in its poll phase.
// Also the child's side: process.send, process.connected, process.disconnect, process.stdin.
const { EventEmitter, codedError, process, path, describeReceived, validateFunction, handleWraps } = internals;
const { Buffer } = internals.loadBuiltin('buffer');
const info = native.info();

// ---------------------------------------------------------------- the pipes of a child
// Node's are net.Sockets over Pipe handles (createSocket in lib/internal/child_process.js): a
// Duplex with allowHalfOpen false, no 'close' of its own (emitClose false) and autoDestroy, so
// the readable end of stdout goes 'end', then its writable side ends (a shutdown of a read-only
// pipe finishes at once), then 'finish' destroys it, and `_destroy` closes the handle: 'close'
// comes from the handle's close callback, in the loop's close phase. stdout and stderr are fed
// by the mail of the child's lane; stdin's writes become mail for the child.
const { Duplex } = internals.loadBuiltin('stream');
// net.Socket, by name: what the pipes' owners are called (`_getActiveHandles`, inspect).
class Socket extends Duplex {}

function pipeSocket(readable, lane) {
  let wrap;
  const socket = new Socket({
    allowHalfOpen: false,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    readable,
    read() {},
    write(chunk, encoding, callback) {
      if (!readable && lane !== undefined) native.stdin(lane, Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      callback();
    },
    final(callback) {
      if (!readable && lane !== undefined) native.stdin(lane, null);
      callback();
    },
    destroy(err, callback) {
      // net.Socket's _destroy: `this._handle.close(() => this.emit('close', isException))`.
      native.uvClose(() => {
        handleWraps.closed(wrap);
        socket.emit('close', !!err);
      }, 'pipe handle closed');
      callback(err);
    },
  });
  wrap = handleWraps.open('PipeWrap', () => socket);
  return socket;
}

// onStreamRead at EOF (lib/internal/stream_base_commons.js): push the end, then read(0), which
// ends a stream nobody reads from (so it closes) unless data is still buffered in it.
function pipeEnded(stream) {
  stream.push(null);
  stream.read(0);
}

// What the child wrote, as the parent's pipe reads it: libuv reads a pipe into a 64 KiB
// buffer (onStreamRead's allocation), so a large write arrives as 64 KiB chunks and a rest.
const PIPE_READ_BYTES = 65536;
function pushPipeReads(stream, text) {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += PIPE_READ_BYTES) {
    stream.push(bytes.subarray(at, Math.min(at + PIPE_READ_BYTES, bytes.length)));
  }
}

// ---------------------------------------------------------------- ChildProcess
const kLane = Symbol('kLane');
const kHandle = Symbol('kHandle');
// The ProcessWrap in the handle queue (for getActiveResourcesInfo), from the spawn to the close
// phase after the exit.
const kWrap = Symbol('kWrap');
const kPipesHandle = Symbol('kPipesHandle');
const kIpc = Symbol('kIpc');
const kPending = Symbol('kPendingMessages');
const children = new Map();

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
  SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20,
};

// The process_wrap binding's handle object (`child._handle` until the exit).
class Process {}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalCode) => onexit(this, exitCode, signalCode);
    // looplab's own state: hidden from inspect, as Node has none of it.
    for (const [key, value] of [[kLane, 0], [kHandle, 0], [kIpc, false], [kPending, []], [kWrap, undefined], [kPipesHandle, undefined]]) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: false });
    }
  }
  kill(sig) {
    if (sig === 0) {
      // Signal 0 only tests that the process is there (Node still marks it killed).
      if (this.exitCode !== null || this.signalCode !== null || !this[kLane]) return false;
      this.killed = true;
      return true;
    }
    let signal = sig === undefined ? 'SIGTERM' : sig;
    if (typeof signal === 'number') {
      signal = Object.keys(signals).find((k) => signals[k] === signal);
    }
    if (typeof signal !== 'string' || !(signal in signals)) {
      throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    if (this.exitCode !== null || this.signalCode !== null || !this[kLane]) return false;
    const killed = native.kill(this[kLane], signal, signals[signal]);
    if (killed) this.killed = true;
    return killed;
  }
  send(message, handle, options, callback) {
    if (typeof handle === 'function') callback = handle;
    else if (typeof options === 'function') callback = options;
    if (!this[kIpc]) throw codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
    if (message === undefined) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (!this.connected) {
      const err = codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    native.ipcSend(this[kLane], JSON.stringify(message));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  disconnect() {
    if (!this.connected) {
      this.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    native.ipcDisconnect(this[kLane]);
    // _disconnect: the channel is gone at once ('close' then never comes: the channel's end
    // is never read), 'disconnect' on a tick.
    this[kIpc] = false;
    process.nextTick(() => this.emit('disconnect'));
  }
  ref() {
    if (!this[kHandle]) return;
    native.handleRef(this[kHandle], true);
    this[kWrap].refed = true;
  }
  unref() {
    if (!this[kHandle]) return;
    native.handleRef(this[kHandle], false);
    this[kWrap].refed = false;
  }
  [Symbol.dispose]() { if (!this.killed) this.kill(); }
}

// Node's maybeClose: 'close' once the process exited and every pipe closed.
function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function uvErrno(code) {
  return { ENOENT: -2, EACCES: -13, EINVAL: -22 }[code] || -1;
}

function normalizeStdio(stdio, ipc) {
  let list;
  if (stdio === undefined || stdio === null) list = ['pipe', 'pipe', 'pipe'];
  else if (typeof stdio === 'string') {
    // stdioStringToArray: only these four words.
    if (!['ignore', 'overlapped', 'pipe', 'inherit'].includes(stdio)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'stdio' is invalid. Received '${stdio}'`);
    }
    list = [stdio, stdio, stdio];
  }
  else if (Array.isArray(stdio)) list = stdio.slice();
  else {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'stdio' is invalid. Received ${internals.noSideEffectsToString ? internals.noSideEffectsToString(stdio) : String(stdio)}`);
  }
  while (list.length < 3) list.push(undefined);
  const names = list.map((s, i) => {
    if (s === 'ipc') { ipc = true; return i < 3 ? 'ignore' : 'ipc'; }
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') return 'pipe';
    if (s === 'inherit' || s === 'ignore') return s;
    if (s === process.stdout || s === process.stderr || s === 1 || s === 2 || s === 0) return 'inherit';
    return 'pipe';
  });
  if (list.includes('ipc')) ipc = true;
  return { names: names.slice(0, 3), ipc };
}

function envPairs(env) {
  return Object.entries(env || process.env).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]);
}

// Node's frames above the caller of a failed check of normalizeSpawnArguments (Node 20.20.2's
// lib/child_process.js): the API's own, innermost first (`spawn` under `execFile` ...).
const SPAWN_CALLERS = {
  spawn: ['Object.spawn (node:child_process:755:13)'],
  execFile: ['spawn (node:child_process:755:13)', 'Object.execFile (node:child_process:351:17)'],
  spawnSync: ['Object.spawnSync (node:child_process:836:8)'],
  execFileSync: ['spawnSync (node:child_process:836:8)', 'Object.execFileSync (node:child_process:920:15)'],
};
function validateArgs(file, args, options, api) {
  const callers = SPAWN_CALLERS[api];
  if (typeof file !== 'string') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "file" argument must be of type string.${describeReceived(file)}`);
    // validateString, under hideStackFrames.
    if (callers) internals.atHiddenValidator(err, ['normalizeSpawnArguments (node:child_process:548:3)', ...callers]);
    throw err;
  }
  if (file.length === 0) {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
    if (callers) {
      internals.setThrowSite(err, "node:child_process:552\n    throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');\n    ^\n");
      internals.prependStackFrames(err, ['normalizeSpawnArguments (node:child_process:552:11)', ...callers].map((f) => `    at ${f}`).join('\n'));
    }
    throw err;
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "args" argument must be of type object.${describeReceived(args)}`);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options" argument must be of type object.${describeReceived(options)}`);
  }
  options = { ...options };
  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  return { file, args: args.map(String), options };
}

function spawn(file, args, options) {
  const normalized = validateArgs(file, args, options, 'spawn');
  return spawnNormalized(normalized.file, normalized.args, normalized.options, false);
}

let spawnErrorMade = false;
function spawnNormalized(file, args, options, ipcWanted) {
  const child = new ChildProcess();
  const { names, ipc } = normalizeStdio(options.stdio, ipcWanted);
  child.spawnfile = file;
  child.spawnargs = [file, ...args];
  const started = native.spawn({
    file,
    args,
    cwd: options.cwd === undefined ? process.cwd() : path.resolve(process.cwd(), String(options.cwd)),
    env: envPairs(options.env),
    stdio: names,
    ipc,
  });
  // getValidStdio made the pipes before the spawn, so they exist even when it fails (their
  // read ends then see EOF at once).
  const lane = started.lane;
  const failed = started.error !== undefined;
  child.pid = started.pid;
  const pipes = names.map((name, i) => (name === 'pipe' ? pipeSocket(i > 0, failed && i === 0 ? undefined : lane) : null));
  [child.stdin, child.stdout, child.stderr] = pipes;
  if (child.stdout) child._closesNeeded++;
  if (child.stderr) child._closesNeeded++;
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) stream.on('close', () => maybeClose(child));
  }
  child.stdio = [child.stdin, child.stdout, child.stderr];
  children.set(lane, child);
  // ProcessWrap::Spawn marks the handle initialized whether uv_spawn succeeded or not.
  child[kWrap] = handleWraps.open('ProcessWrap', () => child);
  if (failed) {
    // libuv's spawn failed: no pid, and onErrorNT runs the handle's onexit with the negative
    // errno on a tick ('error' instead of 'exit'); 'close' waits for the pipes. Until their
    // EOF they keep the loop alive.
    const code = started.error;
    child[kPipesHandle] = native.handleOpen(child.stdout !== null || child.stderr !== null);
    process.nextTick(() => {
      if (!spawnErrorMade) {
        spawnErrorMade = true;
        native.firstSpawnError();
      }
      const err = new Error(`spawn ${file} ${code}`);
      err.errno = uvErrno(code);
      err.code = code;
      err.syscall = `spawn ${file}`;
      err.path = file;
      err.spawnargs = args;
      onexit(child, uvErrno(code), null, err);
    });
    return child;
  }
  child[kLane] = lane;
  child[kHandle] = native.handleOpen(true);
  child[kIpc] = ipc;
  child.connected = ipc;
  if (ipc) {
    child._closesNeeded++;
    setupChannelListeners(child);
  }
  process.nextTick(() => child.emit('spawn'));
  return child;
}

// lib/internal/child_process.js setupChannel, for both ends (a ChildProcess, or `process` in a
// forked child): each message of one read is emitted on a tick of its own; with no 'message'
// listener it waits in kPendingMessages until one is added.
function setupChannelListeners(target) {
  target.on('newListener', function () {
    process.nextTick(() => {
      if (!target[kIpc] || !target.listenerCount('message')) return;
      const messages = target[kPending].splice(0);
      for (const message of messages) target.emit('message', message);
    });
  });
}

function emitChannelMessage(target, message) {
  if (target.listenerCount('message')) target.emit('message', message);
  else target[kPending].push(message);
}

function handleChannelRead(target, messages) {
  if (!target[kIpc]) return;
  for (const json of messages) process.nextTick(emitChannelMessage, target, JSON.parse(json));
}

// The other end closed the channel: this end reads its end (`channel.onread` without data).
function channelEnded(target, closeHandle) {
  if (!target[kIpc]) return;
  target.connected = false;
  target[kIpc] = false;
  closeHandle();
  process.nextTick(() => target.emit('disconnect'));
}

// Node's flushStdio: at exit, a pipe nobody listens to is resumed, so that it ends and closes.
function flushStdio(child) {
  for (const stream of child.stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

// ChildProcess's _handle.onexit (lib/internal/child_process.js): a negative code is a spawn
// that failed, reported as `err` in place of 'exit'.
function onexit(child, exitCode, signalCode, err) {
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (child[kHandle]) native.handleClose(child[kHandle]);
  child[kHandle] = 0;
  child._handle = null;
  handleWraps.close(child[kWrap]);
  if (err !== undefined) child.emit('error', err);
  else child.emit('exit', child.exitCode, child.signalCode);
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

native.setHandler('child', (kind, lane, a, b) => {
  const child = children.get(lane);
  if (child === undefined) return;
  switch (kind) {
    case 'stdout': if (child.stdout) pushPipeReads(child.stdout, a); break;
    case 'stderr': if (child.stderr) pushPipeReads(child.stderr, a); break;
    // The child's end of the pipes closed: poll reads EOF before it hears of the exit. The IPC
    // channel, a pipe too, ends with them.
    case 'eof':
      if (child[kPipesHandle] !== undefined) {
        children.delete(lane);
        native.handleClose(child[kPipesHandle]);
      }
      if (child.stdout) pipeEnded(child.stdout);
      if (child.stderr) pipeEnded(child.stderr);
      if (child[kIpc]) {
        channelEnded(child, () => {});
        maybeClose(child);
      }
      break;
    case 'message': handleChannelRead(child, a); break;
    case 'disconnect':
      if (child[kIpc]) {
        channelEnded(child, () => {});
        maybeClose(child);
      }
      break;
    case 'exit':
      children.delete(lane);
      onexit(child, a, b);
      break;
    default: break;
  }
});

// ---------------------------------------------------------------- exec, execFile, fork
function normalizeExecArgs(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  if (typeof command !== 'string') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "command" argument must be of type string.${describeReceived(command)}`);
    throw internals.atHiddenValidator(err, ['normalizeExecArgs (node:child_process:190:3)', 'Object.exec (node:child_process:233:16)']);
  }
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (!Array.isArray(args) && args !== null && typeof args === 'object') { callback = options; options = args; args = []; }
  if (typeof options === 'function') { callback = options; options = {}; }
  options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...options };
  if (callback !== undefined && callback !== null) validateFunction(callback, 'callback');
  const { file: spawnFile, args: spawnArgs, options: spawnOptions } = validateArgs(file, args || [], options, 'execFile');
  const child = spawnNormalized(spawnFile, spawnArgs, spawnOptions, false);
  // lib/child_process.js execFile, step by step.
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const _stdout = [];
  const _stderr = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId = null;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = encoding || (child.stdout && child.stdout.readableEncoding) ? _stdout.join('') : Buffer.concat(_stdout);
    const stderr = encoding || (child.stderr && child.stderr.readableEncoding) ? _stderr.join('') : Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? internals.loadBuiltin('util').getSystemErrorName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const collect = (stream, list, which) => {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        list.push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      const total = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (total - length);
        list.push(chunk.slice(0, truncatedLen));
        ex = codedError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${which} maxBuffer length exceeded`);
        kill();
      } else {
        list.push(chunk);
      }
    });
  };
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// util.promisify(exec) resolves with { stdout, stderr } and rejects with the error carrying
// both (lib/child_process.js customPromiseExecFunction).
function customPromiseExecFunction(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, promisifyCustom, { enumerable: false, value: customPromiseExecFunction(exec) });
Object.defineProperty(execFile, promisifyCustom, { enumerable: false, value: customPromiseExecFunction(execFile) });

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "modulePath" argument must be of type string or an instance of Buffer or URL.${describeReceived(modulePath)}`);
    // getValidatedPath, under hideStackFrames.
    throw internals.atHiddenValidator(err, ['Object.fork (node:child_process:124:16)']);
  }
  if (args === undefined || args === null) args = [];
  else if (!Array.isArray(args)) { options = args; args = []; }
  options = { ...options };
  const execArgv = options.execArgv || process.execArgv;
  const stdio = options.stdio || (options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc']);
  const file = options.execPath || process.execPath;
  return spawnNormalized(file, [...execArgv, modulePath, ...args.map(String)], { ...options, stdio }, true);
}

// ---------------------------------------------------------------- the Sync forms
function spawnSync(file, args, options) {
  return spawnSyncFor(file, args, options, 'spawnSync');
}
// `api`: the exported function called, for Node's frames of a failed check.
function spawnSyncFor(file, args, options, api) {
  const normalized = validateArgs(file, args, options, api);
  options = normalized.options;
  const { names } = normalizeStdio(options.stdio, false);
  const result = native.spawnSync({
    file: normalized.file,
    args: normalized.args,
    cwd: options.cwd === undefined ? process.cwd() : path.resolve(process.cwd(), String(options.cwd)),
    env: envPairs(options.env),
    stdio: names,
    ipc: false,
  }, options.input === undefined ? undefined : String(options.input));
  if (result.error) {
    const err = new Error(`spawnSync ${normalized.file} ${result.error}`);
    err.errno = uvErrno(result.error);
    err.code = result.error;
    err.syscall = `spawnSync ${normalized.file}`;
    err.path = normalized.file;
    err.spawnargs = normalized.args;
    return { error: err, status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
  }
  // Inherited streams went straight to the terminal.
  if (names[1] === 'inherit' && result.stdout) process.stdout.write(result.stdout);
  if (names[2] === 'inherit' && result.stderr) process.stderr.write(result.stderr);
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const pack = (text, name) => {
    if (name !== 'pipe') return null;
    const buffer = Buffer.from(text, 'utf8');
    return encoding ? buffer.toString(encoding) : buffer;
  };
  const stdout = pack(result.stdout, names[1]);
  const stderr = pack(result.stderr, names[2]);
  return { status: result.status, signal: null, output: [null, stdout, stderr], pid: result.pid, stdout, stderr };
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execSync(command, options) {
  options = { ...options };
  // stderr is the parent's unless stdio says otherwise.
  const inheritStderr = !options.stdio;
  const stdio = options.stdio || ['pipe', 'pipe', 'pipe'];
  const ret = spawnSyncFor(command, { ...options, shell: true, stdio }, undefined, 'execSync');
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr.toString());
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args !== null && typeof args === 'object') { options = args; args = []; }
  options = { ...options };
  const inheritStderr = !options.stdio;
  const stdio = options.stdio || ['pipe', 'pipe', 'pipe'];
  const ret = spawnSyncFor(file, args || [], { ...options, stdio }, 'execFileSync');
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr.toString());
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

// ---------------------------------------------------------------- this process as a child
// A child process's stdin is the parent's pipe: it keeps the child alive while it is read and
// not ended.
let childStdin = null;
if (info.child) {
  process.pid = info.pid;
  process.ppid = info.ppid;
  childStdin = new (internals.loadBuiltin('stream').Readable)({ read() {} });
  const stdinHandle = native.handleOpen(false);
  // Reading stdin (a 'data' or 'readable' listener) keeps the child alive until the end.
  childStdin.on('newListener', (type) => {
    if ((type === 'data' || type === 'readable') && !childStdin.readableEnded) native.handleRef(stdinHandle, true);
  });
  childStdin.on('end', () => native.handleClose(stdinHandle));
  childStdin.fd = 0;
  childStdin.isTTY = undefined;
  Object.defineProperty(process, 'stdin', { get: () => childStdin, configurable: true, enumerable: true });
}
// Signals between the processes of the run (process.js's kill and signal watchers).
internals.signalProcess = (pid, name, number) => native.killPid(pid, name || '', number);
internals.signalListen = (name, on) => native.signalListen(name, on);
internals.killedBy = (name) => native.killedBy(name);
native.setHandler('signal', (name, number) => process.emit(name, name, number));

native.setHandler('ipc', (kind, text) => {
  if (kind === 'stdin') {
    if (childStdin === null) return;
    childStdin.push(text === null ? null : Buffer.from(text, 'utf8'));
    return;
  }
  if (ipcHandler !== null) ipcHandler(kind, text);
});
let ipcHandler = null;
// A child started by fork() talks to its parent: process.send, 'message', 'disconnect'. Node
// refs the channel while the process has 'message' or 'disconnect' listeners, so a child that
// listens stays alive until it disconnects.
if (info.ipc) {
  const channel = native.handleOpen(false);
  const closeChannel = () => native.handleClose(channel);
  const updateRef = () => {
    const listening = process.listenerCount('message') + process.listenerCount('disconnect') > 0;
    native.handleRef(channel, process[kIpc] && listening);
  };
  process[kIpc] = true;
  process[kPending] = [];
  process.connected = true;
  process.channel = { ref: () => native.handleRef(channel, process[kIpc]), unref: () => native.handleRef(channel, false) };
  process.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') callback = handle;
    else if (typeof options === 'function') callback = options;
    if (message === undefined) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (!process.connected) {
      const err = codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => process.emit('error', err));
      return false;
    }
    native.ipcSend(info.lane, JSON.stringify(message));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  process.disconnect = function disconnect() {
    if (!process.connected) {
      process.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    process.connected = false;
    process[kIpc] = false;
    native.ipcDisconnect(info.lane);
    native.handleRef(channel, false);
    // _disconnect's finish: the handle closes and 'disconnect' is emitted on a tick.
    process.nextTick(() => {
      closeChannel();
      process.emit('disconnect');
    });
  };
  for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener', 'removeAllListeners']) {
    const original = process[method];
    process[method] = function (...args) {
      const result = original.apply(this, args);
      updateRef();
      return result;
    };
  }
  setupChannelListeners(process);
  ipcHandler = (kind, messages) => {
    if (kind === 'message') handleChannelRead(process, messages);
    else if (kind === 'disconnect') channelEnded(process, closeChannel);
  };
}

return {
  ChildProcess,
  _forkChild() {},
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
