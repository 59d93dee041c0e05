//! `node:os` for a simulated machine, shaped as Node's `lib/os.js`: the machine every run sees.
//! It is an x86-64 Linux box (4 cores natively; in the browser, as many as the page's
//! `navigator.hardwareConcurrency` says) named `looplab` with 8 GiB of memory, one user (`learner`,
//! uid 1000, home `/home/learner`, shell `/bin/bash`), only the loopback interface, a load
//! average of [0.5, 0.4, 0.3], and booted one hour before the program started (`uptime()`
//! follows the virtual clock). Every value is fixed, so a run prints the same thing everywhere.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived, process } = internals;

const BOOT_UPTIME = 3600; // seconds the machine had been up when the program started
const TOTAL_MEM = 8 * 1024 * 1024 * 1024;
const FREE_MEM = 5 * 1024 * 1024 * 1024 + 123 * 1024 * 1024;
const RELEASE = '6.5.0-looplab';
const VERSION = '#1 SMP PREEMPT_DYNAMIC Mon Jan  1 00:00:00 UTC 2024';
const CPU_COUNT = native.cpuCount;

const nullProto = (entries) => Object.assign(Object.create(null), entries);

const signals = nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});
const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
});
const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});
const dlopen = nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });
const constants = nullProto({ UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority });

function uptimeSeconds() {
  return Math.round((BOOT_UPTIME + process.uptime()) * 100) / 100;
}

// Node names some exports after their internal helpers; `String(os.platform)` and friends
// give the value itself (Node's `Symbol.toPrimitive` on those functions).
function arch() { return process.arch; }
function getAvailableParallelism() { return CPU_COUNT; }
function cpus() {
  // Per-core times in milliseconds, growing with the machine's uptime.
  const ticks = Math.floor(uptimeSeconds() * 1000);
  const out = [];
  for (let i = 0; i < CPU_COUNT; i++) {
    const user = Math.floor(ticks * (0.08 + 0.01 * i));
    const sys = Math.floor(ticks * 0.03);
    out.push({
      model: 'Looplab Virtual CPU @ 2.40GHz',
      speed: 2400,
      times: { user, nice: 0, sys, idle: ticks - user - sys, irq: 0 },
    });
  }
  return out;
}
function endianness() { return 'LE'; }
function getFreeMem() { return FREE_MEM; }
function getTotalMem() { return TOTAL_MEM; }
// Like libuv's uv_os_homedir: $HOME first, then the user's entry in the password database.
const homedir = { wrappedFn() { return process.env.HOME || '/home/learner'; } }.wrappedFn;
const hostname = { wrappedFn() { return 'looplab'; } }.wrappedFn;
const uptime = { wrappedFn() { return uptimeSeconds(); } }.wrappedFn;
function loadavg() { return [0.5, 0.4, 0.3]; }
function networkInterfaces() {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      {
        address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6',
        mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0,
      },
    ],
  };
}
function platform() { return process.platform; }
function getOSRelease() { return RELEASE; }
function getOSType() { return 'Linux'; }
function getOSVersion() { return VERSION; }
function getMachine() { return 'x86_64'; }
// lib/os.js tmpdir: $TMPDIR, $TMP or $TEMP, else /tmp; without a trailing slash.
function tmpdir() {
  const path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}
function userInfo(options) {
  const info = nullProto({ uid: 1000, gid: 1000, username: 'learner', homedir: '/home/learner', shell: '/bin/bash' });
  if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
    const { Buffer } = internals.loadBuiltin('buffer');
    for (const key of ['username', 'homedir', 'shell']) info[key] = Buffer.from(info[key]);
  }
  return info;
}

const priorities = new Map();
function validatePid(pid) {
  if (pid === undefined) return 0;
  if (!Number.isInteger(pid)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pid" argument must be of type number.${describeReceived(pid)}`);
  }
  return pid;
}
// uv_os_getpriority/setpriority fail with ESRCH for a pid that is no process of the machine
// (this one, its parent shell, or a child of the run); lib/os.js throws ERR_SYSTEM_ERROR from
// its own line.
const priorityLines = { get: 286, set: 269 };
function checkProcess(pid, which) {
  if (pid === 0 || process._kill(pid, 0) === 0) return;
  internals.loadBuiltin('fs');
  const syscall = `uv_os_${which}priority`;
  const err = internals.systemError('ERR_SYSTEM_ERROR',
    { errno: -errno.ESRCH, code: 'ESRCH', message: 'no such process', syscall }, 'A system error occurred');
  const line = priorityLines[which];
  internals.withNodeFrames(err, [`Object.${which}Priority (node:os:${line}:11)`], undefined,
    `SystemError [ERR_SYSTEM_ERROR]: ${err.message}`);
  internals.setThrowSite(err, `node:os:${line}\n    throw new ERR_SYSTEM_ERROR(ctx);\n    ^\n`);
  throw err;
}
function getPriority(pid) {
  pid = validatePid(pid);
  checkProcess(pid, 'get');
  return priorities.get(pid === process.pid ? 0 : pid) ?? 0;
}
function setPriority(pid, prio) {
  if (prio === undefined) { prio = pid; pid = 0; }
  pid = validatePid(pid);
  if (!Number.isInteger(prio) || prio < -20 || prio > 19) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "priority" is out of range. It must be >= -20 && <= 19. Received ${prio}`);
  }
  checkProcess(pid, 'set');
  priorities.set(pid === process.pid ? 0 : pid, prio);
}

for (const [fn, value] of [
  [arch, arch], [getAvailableParallelism, getAvailableParallelism], [endianness, endianness],
  [getFreeMem, getFreeMem], [homedir, homedir], [hostname, hostname], [platform, platform],
  [getOSRelease, getOSRelease], [tmpdir, tmpdir], [getTotalMem, getTotalMem], [getOSType, getOSType],
  [uptime, uptime], [getOSVersion, getOSVersion], [getMachine, getMachine],
]) {
  fn[Symbol.toPrimitive] = value;
}

const exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};
Object.defineProperties(exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
return exports;
