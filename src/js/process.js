//! `process` beyond the loop's core: the simulated process's identity, `env`, `cwd`/`chdir`,
//! exit codes, `kill` and signals, time and resource figures on the virtual clock,
//! `emitWarning` with Node's stderr text, and the stdio streams, shaped as Node 20's
//! `lib/internal/process/*.js` and `lib/internal/bootstrap/switches/is_main_thread.js` shape them.
// Evaluated as `(function (native, internals, global) { ... })` after the prelude, which made
// `process` (an EventEmitter with `nextTick`, `exit`, `hrtime`, ...); this file completes it.
// `native` is the fs natives (`request` gives a poll-phase callback, as a signal watcher or a
// pipe read would). Registered as `internal/process`, it returns `process` itself, which stays
// `internals.process` for the modules after it.
'use strict';

const { codedError, describeReceived, process, console } = internals;

// ---------------------------------------------------------------- identity (Node 20.20.2)
// The simulated process: pid 4242 started by a shell with pid 4241, as user `learner` (the
// user os.userInfo() reports), from /usr/local/bin/node.
const PID = 4242;
const PPID = 4241;
const UID = 1000;
const GID = 1000;

process.versions = {
  node: '20.20.2', acorn: '8.16.0', ada: '2.9.2', ares: '1.34.6', brotli: '1.1.0',
  cjs_module_lexer: '2.2.0', cldr: '48.0', icu: '78.2', llhttp: '9.3.1', modules: '115',
  napi: '9', nghttp2: '1.61.0', openssl: '3.0.19', simdutf: '6.4.2', tz: '2025c',
  undici: '6.24.1', unicode: '17.0', uv: '1.46.0', uvwasi: '0.0.23', v8: '11.3.244.8-node.38',
  zlib: '1.3.1-e00f703',
};
process.release = {
  name: 'node',
  lts: 'Iron',
  sourceUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2-headers.tar.gz',
};
// Node 20.20.2's release build: the last two are getters (inspect shows `[Getter]`).
process.features = {
  inspector: true, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: true, tls: true,
  get cached_builtins() { return true; },
  get require_module() { return false; },
};
process.config = { target_defaults: {}, variables: { host_arch: 'x64', node_module_version: 115 } };
process.pid = PID;
process.ppid = PPID;
process.debugPort = 9229;
process.getuid = function getuid() { return UID; };
process.geteuid = function geteuid() { return UID; };
process.getgid = function getgid() { return GID; };
process.getegid = function getegid() { return GID; };
process.getgroups = function getgroups() { return [GID]; };
let umaskValue = 0o022;
process.umask = function umask(mask) {
  const old = umaskValue;
  if (mask !== undefined) {
    if (typeof mask === 'string' && /^[0-7]+$/.test(mask)) mask = parseInt(mask, 8);
    if (!Number.isInteger(mask)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "mask" argument must be of type number.${describeReceived(mask)}`);
    }
    umaskValue = mask & 0o777;
  }
  return old;
};

// ---------------------------------------------------------------- errors Node's way
function rangeOrType(Base, code, message) { return codedError(Base, code, message); }
function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be ${expected}.${describeReceived(value)}`);
}
// lib/internal/errors.js `ErrnoException` / `uvException`: errno, code, syscall (path, dest).
const UV_ERRORS = { ENOENT: [-2, 'no such file or directory'], ENOTDIR: [-20, 'not a directory'], ESRCH: [-3, 'no such process'], EPERM: [-1, 'operation not permitted'] };
function uvException(code, syscall, path, dest) {
  const [errno, description] = UV_ERRORS[code];
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}
function errnoException(code, syscall) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = UV_ERRORS[code][0];
  err.code = code;
  err.syscall = syscall;
  return err;
}

// ---------------------------------------------------------------- env
// Node's env is an exotic object over the real environment: every value stored becomes a
// string (a Symbol cannot), symbol keys are never stored.
// A worker started with `env: SHARE_ENV` stores into its parent's object (lane_natives.rs).
const envStore = native.sharedEnv() ?? process.env;
internals.envStore = envStore;
process.env = new Proxy(envStore, {
  set(target, key, value) {
    if (typeof key === 'symbol' || typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    target[key] = `${value}`;
    return true;
  },
  defineProperty(target, key, descriptor) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    if (!('value' in descriptor) || descriptor.get || descriptor.set) {
      throw codedError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', "'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    target[key] = `${descriptor.value}`;
    return true;
  },
  get(target, key) {
    if (typeof key === 'symbol') return undefined;
    return target[key];
  },
});

// ---------------------------------------------------------------- cwd and chdir
// The working directory lives here; fs and path resolve relative paths through process.cwd().
let workingDirectory = process.cwd();
process.cwd = function cwd() { return workingDirectory; };
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw invalidArgType('directory', 'of type string', directory);
  const target = internals.path.resolve(workingDirectory, directory);
  const stats = internals.loadBuiltin('fs').statSync(target, { throwIfNoEntry: false });
  if (stats === undefined) throw uvException('ENOENT', 'chdir', workingDirectory, directory);
  if (!stats.isDirectory()) throw uvException('ENOTDIR', 'chdir', workingDirectory, directory);
  workingDirectory = target;
};

// ---------------------------------------------------------------- exit codes
// lib/internal/bootstrap/node.js: `exitCode` is validated on assignment; an integer string
// is accepted (and kept as given).
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
  if (typeof value !== 'number') throw invalidArgType('code', 'of type number', code);
  if (!Number.isInteger(value)) {
    throw rangeOrType(RangeError, 'ERR_OUT_OF_RANGE', `The value of "code" is out of range. It must be an integer. Received ${value}`);
  }
}
let exitCodeValue = process.exitCode;
delete process.exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCodeValue; },
  set(code) { validateExitCode(code); exitCodeValue = code; },
  enumerable: true,
  configurable: false,
});
// lib/internal/process/per_thread.js `exit`: 'exit' once, with `exitCode || 0` as given;
// run_main's handleProcessExit is taken off first (an explicit exit is no unsettled await).
process.exit = function exit(code) {
  process.off('exit', internals.handleProcessExit);
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  process.reallyExit(process.exitCode || 0);
};

// ---------------------------------------------------------------- signals and kill
const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const signalNames = Object.fromEntries(Object.entries(signals).map(([name, n]) => [n, name]));
// Signals whose default action is to do nothing (signal(7)); every other one ends the process.
const ignoredByDefault = new Set(['SIGCHLD', 'SIGCONT', 'SIGURG', 'SIGWINCH']);
// The signal natives between the run's processes are child_process's (signalProcess,
// signalListen, killedBy and the 'signal' handler): it loads at the first use of a signal.
const signalNatives = () => {
  internals.loadBuiltin('child_process');
  return internals;
};
process._kill = function _kill(pid, sig) {
  const name = signalNames[sig];
  if (sig !== 0 && name === undefined) return 'EINVAL';
  // (A child process of the run has its own pid: read it now.)
  if (pid !== process.pid && pid !== 0 && pid !== -1) {
    if (pid === process.ppid) return 0;
    // Another process of the run (a child): it gets the signal through its own watcher.
    return signalNatives().signalProcess(pid, name, sig) ? 0 : 'ESRCH';
  }
  if (sig === 0) return 0;
  if (process.listenerCount(name) > 0) {
    // A signal the process listens for: libuv's signal watcher sees it in the poll phase and
    // Node emits it as an event, with the name and the number.
    native.request(() => process.emit(name, name, sig), 1, `signal ${name}`);
    return 0;
  }
  if (ignoredByDefault.has(name) || name === 'SIGSTOP' || name === 'SIGTSTP') return 0;
  // The default action: the process ends at once, without 'exit' listeners (the shell sees
  // 128 + the signal number, a parent process the signal).
  signalNatives().killedBy(name);
  process.reallyExit(128 + sig);
  return 0;
};

// lib/internal/process/signal.js: a listener for a signal starts a signal watcher (which does
// not keep the loop alive); the last one removed stops it. Another process's kill then runs the
// listeners instead of ending this one.
function startListeningIfSignal(type) {
  if (typeof type === 'string' && Object.prototype.hasOwnProperty.call(signals, type)) {
    signalNatives().signalListen(type, true);
  }
}
function stopListeningIfSignal(type) {
  if (typeof type === 'string' && Object.prototype.hasOwnProperty.call(signals, type) && process.listenerCount(type) === 0) {
    signalNatives().signalListen(type, false);
  }
}
// lib/internal/process/per_thread.js loadEnvFile: the file (`.env` by default) parsed as
// util.parseEnv does, setting only the variables not already set.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  // getValidatedPath: a string, a Buffer or a file: URL (a number would be read as an fd).
  if (path != null && typeof path !== 'string' && !(path instanceof Uint8Array) && !(path instanceof URL)) {
    throw invalidArgType('path', 'of type string or an instance of Buffer or URL', path);
  }
  const content = internals.loadBuiltin('fs').readFileSync(path ?? '.env', 'utf8');
  for (const [key, value] of internals.mime.parseContent(content)) {
    if (!Object.prototype.hasOwnProperty.call(process.env, key)) process.env[key] = value;
  }
};
process.on('newListener', startListeningIfSignal);
process.on('removeListener', stopListeningIfSignal);
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw invalidArgType('pid', 'of type number', pid); // eslint-disable-line eqeqeq
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (!signals[sig]) throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    err = process._kill(pid, signals[sig]);
  }
  if (err) throw errnoException(err === 'EINVAL' ? 'ESRCH' : err, 'kill');
  return true;
};
process.abort = function abort() { process.reallyExit(134); };

// ---------------------------------------------------------------- time and resources
// The clock is looplab's virtual clock: hrtime and uptime move when the loop waits and a
// little with every callback, identically on every run.
const rawHrtimeNs = () => Number(process.hrtime.bigint());
function hrtime(time) {
  const ns = rawHrtimeNs();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns % 1e9;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw invalidArgType('time', 'an instance of Array', time);
    if (time.length !== 2) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "time" is out of range. It must be 2. Received ${time.length}`);
    }
    sec -= time[0];
    nsec -= time[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = process.hrtime.bigint;
process.hrtime = hrtime;

// Memory in a fixed shape: a 40 MiB process with a V8 heap of 4 MiB in use. Boa keeps no
// figures Node could report as its own, so the numbers are the simulated machine's.
const MEMORY = { rss: 40 << 20, heapTotal: 6 << 20, heapUsed: 4 << 20, external: 1 << 20, arrayBuffers: 16 << 10 };
process.memoryUsage = function memoryUsage() { return { ...MEMORY }; };
process.memoryUsage.rss = function rss() { return MEMORY.rss; };
process.constrainedMemory = function constrainedMemory() { return 0; };
process.availableMemory = function availableMemory() { return 5 * 1024 * 1024 * 1024; };

// CPU time is the virtual time the program has used, all of it user time.
const cpuMicros = () => Math.round(process.uptime() * 1e6);
function validPrevious(num) { return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0; }

process.cpuUsage = function cpuUsage(prevValue) {
  if (prevValue) {
    for (const key of ['user', 'system']) {
      if (!validPrevious(prevValue[key])) {
        if (typeof prevValue !== 'object') throw invalidArgType('prevValue', 'of type object', prevValue);
        if (typeof prevValue[key] !== 'number') throw invalidArgType(`prevValue.${key}`, 'of type number', prevValue[key]);
        throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${key}' is invalid. Received ${prevValue[key]}`);
      }
    }
  }
  const user = cpuMicros();
  if (prevValue) return { user: user - prevValue.user, system: 0 - prevValue.system };
  return { user, system: 0 };
};
process.resourceUsage = function resourceUsage() {
  return {
    userCPUTime: cpuMicros(), systemCPUTime: 0, maxRSS: MEMORY.rss >> 10, sharedMemorySize: 0,
    unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0,
    fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0,
    voluntaryContextSwitches: 0, involuntaryContextSwitches: 0,
  };
};

// ---------------------------------------------------------------- warnings
// lib/internal/process/warning.js: emitWarning validates, builds the Error, and emits
// 'warning' in a nextTick; Node's own listener (added before the program runs) prints it with
// console.error, the `--trace-warnings` hint after the first one.
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw invalidArgType('code', 'of type string', code);
  }
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown a tick later, so the warnings before it are printed first.
    if (process.throwDeprecation) {
      process.nextTick(() => {
        // Uncaught, it is reported at Node's throw (lib/internal/process/warning.js).
        internals.setThrowSite(warning, 'node:internal/process/warning:185\n        throw warning;\n        ^\n');
        throw warning;
      });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}
function doEmitWarning(warning) { process.emit('warning', warning); }
process.emitWarning = emitWarning;

let traceWarningHelperShown = false;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  console.error(msg);
}
process.on('warning', onWarning);

// ---------------------------------------------------------------- stdio
// Node's stdout and stderr on a pipe (how the corpus is recorded and how the playground reads
// a run) are net.Sockets: Writables whose writes complete synchronously, so a write callback
// runs on the stream's after-write tick. Ending them does not emit 'finish' before the process
// exits (the pipe's shutdown completes later), and destroying them leaves the fd open.
let Buffer;
const buffers = () => (Buffer ??= internals.loadBuiltin('buffer').Buffer);
function chunkText(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8') return chunk;
    return buffers().from(chunk, encoding).toString('utf8');
  }
  return buffers().from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
}
// net.Socket, by name (`process.stdout.constructor.name`, `_getActiveHandles`).
let WriteSocket;
function makeWriteStream(fd) {
  const { Writable } = internals.loadBuiltin('stream');
  WriteSocket ??= { Socket: class extends Writable {} }.Socket;
  const stream = new WriteSocket({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      internals.writeFd(fd, chunkText(chunk, encoding));
      cb();
    },
    final() {},
    destroy(err, cb) { cb(err); },
  });
  stream.fd = fd;
  stream._type = 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  return stream;
}

// stdin: a net.Socket over a pipe whose writer is done (the host's input, stdin.rs; empty in
// the playground). The stream's first _read starts reading (Node's tryReadStart); each poll
// phase then reads one chunk of at most 64 KiB (libuv's read buffer) and pushes it, as
// onStreamRead does, while push() says the stream wants more (false: readStop, until the
// next _read). The read that empties the pipe is partial, so libuv sees the writer's hang-up
// in the same poll and the end follows as a callback of its own (uv__stream_io's POLLHUP
// short-circuit). After 'end' the stream destroys itself and closes the pipe handle: 'close'
// comes from the handle's close callback in the close phase, not on a tick.
const kPipeChunk = 64 * 1024;
function makeStdin() {
  const { Readable } = internals.loadBuiltin('stream');
  const Socket = { Socket: class extends Readable {} }.Socket;
  let waiting = 0; // reads submitted for the next poll phase
  let handleReading = false;
  const onData = () => {
    waiting--;
    if (!handleReading) return;
    const bytes = native.stdinRead(kPipeChunk);
    if (bytes.length === 0) return;
    if (!stdin.push(buffers().from(bytes.buffer, bytes.byteOffset, bytes.length))) handleReading = false;
    else if (waiting === 0) pollNext();
  };
  const onEnd = () => {
    waiting--;
    // A stopped handle does not see the hang-up: the end waits for the next _read.
    if (!handleReading) return;
    handleReading = false;
    stdin.push(null);
    stdin.read(0);
  };
  // What the next poll phase reads: a chunk, and the end when that chunk empties the pipe.
  function pollNext() {
    const left = native.stdinRemaining();
    if (left > 0) {
      waiting++;
      native.request(onData, 0, 'stdin read');
    }
    if (left <= kPipeChunk) {
      waiting++;
      native.request(onEnd, 0, 'stdin end');
    }
  }
  const stdin = new Socket({
    // net.Socket's: ended, the readable-only socket destroys itself, and its _destroy closes
    // the handle: `this._handle.close(() => this.emit('close', isException))`.
    autoDestroy: true,
    emitClose: false,
    destroy(err, cb) {
      handleReading = false;
      native.uvClose(() => {
        internals.handleWraps.closed(stdioWraps[0]);
        stdin.emit('close', !!err);
      }, 'pipe handle closed');
      cb(err);
    },
    read() {
      if (handleReading && waiting > 0) return;
      handleReading = true;
      if (waiting === 0) pollNext();
    },
  });
  stdin.fd = 0;
  return stdin;
}

// Each stdio stream is a net.Socket over a Pipe (how the corpus is recorded and how the
// playground reads a run): its PipeWrap joins the handle queue when the stream is made. The
// console's first call also loads internal/util/colors, whose refresh() reads process.stderr,
// so it makes stderr's pipe too (after the stream it writes to).
const stdioWraps = [];
function stdioPipe(fd) {
  stdioWraps[fd] ??= internals.handleWraps.open('PipeWrap', () => getStdio(fd));
}
internals.stdioPipe = stdioPipe;

// Each stream is made on first use; for a pipe that makes one async resource, which shifts
// the ids of timers made afterwards (measured on node 20.20.2).
const stdio = [undefined, undefined, undefined];
function getStdio(fd) {
  if (stdio[fd] === undefined) {
    internals.newAsyncId();
    // Node's stdout pipe holds a file descriptor of its own (fs.open numbers shift by one).
    if (fd === 1) internals.reserveFd();
    stdio[fd] = fd === 0 ? makeStdin() : makeWriteStream(fd);
    stdioPipe(fd);
    // Building a stdio stream takes Node milliseconds (clock.rs).
    internals.stdioOpened(fd);
  }
  return stdio[fd];
}
// ---------------------------------------------------------------- handle wraps
// Node's env->handle_wrap_queue(): every HandleWrap from its initialization (a ProcessWrap's at
// its spawn) to its close callback, in that order. A handle closing is still in it, until its
// turn in the close phase. `name` is the class getActiveResourcesInfo reports (PipeWrap,
// ProcessWrap, FSEventWrap, StatWatcher, MessagePort), `owner()` what _getActiveHandles returns
// for it (the stream, ChildProcess, watcher or port: the wrap's owner_symbol).
const handleWraps = new Set();
internals.handleWraps = {
  open(name, owner, refed = true) {
    const wrap = { name, owner, refed };
    handleWraps.add(wrap);
    return wrap;
  },
  // HandleWrap::Close without a JavaScript callback: gone at its turn in the close phase.
  close(wrap) {
    if (wrap !== undefined) native.uvCloseSilent(() => handleWraps.delete(wrap));
  },
  // HandleWrap::OnClose: the wrap leaves the queue before its JavaScript callback runs.
  closed(wrap) { handleWraps.delete(wrap); },
};
const refedWraps = () => [...handleWraps].filter((wrap) => wrap.refed);

// ---------------------------------------------------------------- process.binding
// lib/internal/bootstrap/realm.js: the legacy bindings a program may still ask for. The
// runtime-deprecated ones warn (DEP0111) at every call; 'util' is the legacy wrapper
// (lib/internal/legacy/processbinding.js: util.types' checks it lists, in types' order). The
// native bindings behind the others are Node's C++ internals, which looplab does not model.
const processBindingAllowList = new Set(['buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'fs',
  'fs_event_wrap', 'icu', 'inspector', 'js_stream', 'os', 'pipe_wrap', 'process_wrap', 'spawn_sync', 'stream_wrap',
  'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'uv', 'zlib']);
const runtimeDeprecatedList = new Set(['async_wrap', 'crypto', 'http_parser', 'signal_wrap', 'url', 'v8']);
const legacyUtilChecks = ['isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView', 'isDate', 'isExternal',
  'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isTypedArray',
  'isUint8Array', 'isAnyArrayBuffer'];
function internalBindingNotModelled(module) {
  return codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED',
    `process.binding('${module}') is one of Node's native bindings, which the playground does not model`);
}
// process.binding('fs') is allowed without a warning (DEP0111 is pending-deprecation only): the
// one binding object, with Node 20's keys in its order. Its functions are the C++ internals
// behind node:fs, which looplab does not model: calling one says so.
const fsBindingFunctions = ['getFormatOfExtensionlessFile', 'access', 'close', 'existsSync', 'open', 'openFileHandle',
  'read', 'readFileUtf8', 'readBuffers', 'fdatasync', 'fsync', 'rename', 'ftruncate', 'rmdir', 'mkdir', 'readdir',
  'internalModuleReadJSON', 'internalModuleStat', 'stat', 'lstat', 'fstat', 'statfs', 'link', 'symlink', 'readlink',
  'unlink', 'writeBuffer', 'writeBuffers', 'writeString', 'writeFileUtf8', 'realpath', 'copyFile', 'chmod', 'fchmod',
  'chown', 'fchown', 'lchown', 'utimes', 'futimes', 'lutimes', 'mkdtemp', 'StatWatcher', 'legacyMainResolve'];
let fsBindingObject;
function fsBinding() {
  if (fsBindingObject !== undefined) return fsBindingObject;
  const b = {};
  for (const name of fsBindingFunctions) {
    b[name] = { [name]: function () { throw internalBindingNotModelled('fs'); } }[name];
    Object.defineProperty(b[name], 'length', { value: 0 });
  }
  const kFsStatsFieldsNumber = 18;
  Object.assign(b, {
    kFsStatsFieldsNumber,
    FSReqCallback: { FSReqCallback: function () { throw internalBindingNotModelled('fs'); } }.FSReqCallback,
    FileHandle: { FileHandle: function () { throw internalBindingNotModelled('fs'); } }.FileHandle,
    kUsePromises: Symbol('fs_use_promises_symbol'),
    statValues: new Float64Array(2 * kFsStatsFieldsNumber),
    bigintStatValues: new BigInt64Array(2 * kFsStatsFieldsNumber),
    statFsValues: new Float64Array(7),
    bigintStatFsValues: new BigInt64Array(7),
  });
  for (const name of ['FSReqCallback', 'FileHandle']) Object.defineProperty(b[name], 'length', { value: 0 });
  fsBindingObject = b;
  return b;
}
process.binding = function binding(module) {
  module = `${module}`;
  if (runtimeDeprecatedList.has(module)) {
    process.emitWarning(`Access to process.binding('${module}') is deprecated.`, 'DeprecationWarning', 'DEP0111');
    throw internalBindingNotModelled(module);
  }
  if (module === 'util') {
    const { types } = internals.loadBuiltin('util');
    return Object.fromEntries(Object.entries(types).filter(([key]) => legacyUtilChecks.includes(key)));
  }
  if (module === 'fs') return fsBinding();
  if (module === 'natives' || processBindingAllowList.has(module)) throw internalBindingNotModelled(module);
  throw new Error(`No such module: ${module}`);
};
// No addon is linked into this node: every name is unknown (node_binding.cc GetLinkedBinding).
process._linkedBinding = function _linkedBinding(module) {
  throw codedError(Error, 'ERR_INVALID_MODULE', `No such binding was linked: ${module}`);
};

// Node 20.16's process.getBuiltinModule (lib/internal/modules/helpers.js): a built-in by an id
// `require` accepts (`node:test` needs its scheme), else undefined; never a file.
process.getBuiltinModule = function getBuiltinModule(id) {
  if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
  if (!internals.loadBuiltin('module').isBuiltin(id)) return undefined;
  return internals.loadBuiltin(id);
};

// lib/internal/bootstrap/node.js: the loop's requests, the ref'd handles, then the ref'd
// Timeouts and Immediates, by name.
process.getActiveResourcesInfo = function getActiveResourcesInfo() {
  return internals.activeResourcesInfo(refedWraps().map((wrap) => wrap.name));
};

// The request wraps `_getActiveRequests` returns, by the names getActiveResourcesInfo gives
// them: an FSReqCallback holds its completion callback, an FSReqPromise its promise, a
// FileHandleCloseReq nothing JavaScript sees.
class FSReqCallback {
  constructor() { this.oncomplete = function oncomplete() {}; }
}
class FSReqPromise {
  constructor() { this.promise = undefined; }
}
class FileHandleCloseReq {}
const requestClasses = { FSReqCallback, FSReqPromise, CloseReq: FileHandleCloseReq };
process._getActiveRequests = function _getActiveRequests() {
  return internals.activeResourcesInfo([]).filter((name) => Object.prototype.hasOwnProperty.call(requestClasses, name))
    .map((name) => new requestClasses[name]());
};
// The owners of the ref'd libuv handles. Timers are not among them (one libuv timer serves
// them all, as in Node).
process._getActiveHandles = function _getActiveHandles() {
  return refedWraps().map((wrap) => wrap.owner());
};

for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]]) {
  Object.defineProperty(process, name, { get: () => getStdio(fd), configurable: true, enumerable: true });
}

// lib/internal/bootstrap/node.js: an enumerable getter on process (src/js/report.js, loaded
// at its first read).
Object.defineProperty(process, 'report', {
  enumerable: true,
  configurable: true,
  get() { return internals.report; },
});

return process;
