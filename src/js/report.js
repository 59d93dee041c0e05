//! `process.report` as Node 20's lib/internal/process/report.js: its settings with Node's
//! validation, and `getReport()`/`writeReport()` giving a diagnostic report in Node's shape
//! (report version 4: header, JavaScript stack, heap, resource usage, libuv handles, workers,
//! environment, limits, shared objects) filled from the simulated machine and process.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, process, invalidArgType } = internals;
const os = internals.loadBuiltin('os');
const v8 = internals.loadBuiltin('v8');

// The settings (src/node_report_module.cc's per-environment options) and their defaults.
const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, 'of type object', value);
}
function syntheticError() {
  return codedError(Error, 'ERR_SYNTHETIC', 'JavaScript Callstack');
}

// The JavaScript stack section: the error's first line, its frames without their indent, and
// its own enumerable properties as strings (the code of the synthetic error).
function javascriptStack(err, frames) {
  const errorProperties = {};
  for (const key of Object.keys(err)) errorProperties[key] = String(err[key]);
  const header = err.code === 'ERR_SYNTHETIC' ? `Error [ERR_SYNTHETIC]: ${err.message}` : `${err.name}: ${err.message}`;
  return { message: header, stack: frames, errorProperties };
}

function header(event, trigger, filename) {
  const now = new Date();
  const cpus = os.cpus().map(({ model, speed, times }) => ({
    model, speed, user: times.user, nice: times.nice, sys: times.sys, idle: times.idle, irq: times.irq,
  }));
  const interfaces = [];
  for (const [name, entries] of Object.entries(os.networkInterfaces())) {
    for (const { address, netmask, family, mac, internal, scopeid } of entries) {
      const entry = { name, internal, mac, address, netmask, family };
      if (family === 'IPv6') entry.scopeid = scopeid;
      interfaces.push(entry);
    }
  }
  const fields = {
    reportVersion: 4,
    event,
    trigger,
    filename,
    dumpEventTime: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [...process.argv.slice(0, 1).map(() => 'node'), ...process.argv.slice(1)],
    nodejsVersion: process.version,
    glibcVersionRuntime: '2.36',
    glibcVersionCompiler: '2.28',
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus,
  };
  if (!settings.excludeNetwork) fields.networkInterfaces = interfaces;
  fields.host = os.hostname();
  return fields;
}

function javascriptHeap() {
  const heap = v8.getHeapStatistics();
  return {
    totalMemory: heap.total_heap_size,
    executableMemory: heap.total_heap_size_executable,
    totalCommittedMemory: heap.total_physical_size,
    availableMemory: heap.total_available_size,
    totalGlobalHandlesMemory: heap.total_global_handles_size,
    usedGlobalHandlesMemory: heap.used_global_handles_size,
    usedMemory: heap.used_heap_size,
    memoryLimit: heap.heap_size_limit,
    mallocedMemory: heap.malloced_memory,
    externalMemory: heap.external_memory,
    peakMallocedMemory: heap.peak_malloced_memory,
    nativeContextCount: heap.number_of_native_contexts,
    detachedContextCount: heap.number_of_detached_contexts,
    doesZapGarbage: heap.does_zap_garbage,
    heapSpaces: {},
  };
}

function cpuFigures(seconds, uptime) {
  const percent = uptime > 0 ? Number(((seconds / uptime) * 100).toFixed(4)) : 0;
  return {
    userCpuSeconds: seconds,
    kernelCpuSeconds: 0,
    cpuConsumptionPercent: percent,
    userCpuConsumptionPercent: percent,
    kernelCpuConsumptionPercent: 0,
  };
}

function resourceUsage() {
  const usage = process.resourceUsage();
  const seconds = usage.userCPUTime / 1e6;
  const { rss } = process.memoryUsage();
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss,
    constrained_memory: 18446744073709552000,
    available_memory: process.availableMemory(),
    ...cpuFigures(seconds, process.uptime()),
    maxRss: rss,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

const unlimited = (soft) => ({ soft, hard: 'unlimited' });
// A Linux machine's usual limits (ulimit -a).
const USER_LIMITS = {
  core_file_size_blocks: { soft: 0, hard: 'unlimited' },
  data_seg_size_kbytes: unlimited('unlimited'),
  file_size_blocks: unlimited('unlimited'),
  max_locked_memory_bytes: { soft: 8388608, hard: 8388608 },
  max_memory_size_kbytes: unlimited('unlimited'),
  open_files: { soft: 1048576, hard: 1048576 },
  stack_size_bytes: unlimited(8388608),
  cpu_time_seconds: unlimited('unlimited'),
  max_user_processes: unlimited('unlimited'),
  virtual_memory_kbytes: unlimited('unlimited'),
};
const SHARED_OBJECTS = [
  'linux-vdso.so.1',
  '/lib/x86_64-linux-gnu/libdl.so.2',
  '/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/lib/x86_64-linux-gnu/libm.so.6',
  '/lib/x86_64-linux-gnu/libgcc_s.so.1',
  '/lib/x86_64-linux-gnu/libpthread.so.0',
  '/lib/x86_64-linux-gnu/libc.so.6',
  '/lib64/ld-linux-x86-64.so.2',
];

// The report as an object. No native frames or libuv handles are modelled: both lists are
// empty (the program cannot act on their addresses anyway).
function buildReport(event, trigger, filename, err, frames) {
  const usage = resourceUsage();
  return {
    header: header(event, trigger, filename),
    javascriptStack: javascriptStack(err, frames),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: usage,
    uvthreadResourceUsage: {
      ...cpuFigures(usage.userCpuSeconds, process.uptime()),
      fsActivity: { ...usage.fsActivity },
    },
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: structuredClone(USER_LIMITS),
    sharedObjects: [...SHARED_OBJECTS],
  };
}

// The caller's frames as the report lists them (`at f (file:1:2)`), under Node's own.
function callerFrames(api, line, skip) {
  const holder = {};
  Error.captureStackTrace(holder, skip);
  const frames = String(holder.stack).split('\n').slice(1).map((f) => f.trim()).filter(Boolean);
  return [`at Object.${api} (node:internal/process/report:${line})`, ...frames];
}

// report.YYYYMMDD.HHMMSS.<pid>.<thread>.<seq>.json, as node_report.cc names a report.
let sequence = 0;
function defaultFilename() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  const date = `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`;
  const time = `${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`;
  sequence += 1;
  return `report.${date}.${time}.${process.pid}.0.${String(sequence).padStart(3, '0')}.json`;
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    const name = file ?? (settings.filename || defaultFilename());
    const path = settings.directory && !name.startsWith('/') ? `${settings.directory}/${name}` : name;
    const body = buildReport('JavaScript API', 'API', name, err, callerFrames('writeReport', '26:15', report.writeReport));
    const text = settings.compact ? JSON.stringify(body) : JSON.stringify(body, null, 2);
    if (name === 'stdout' || name === 'stderr') {
      process[name].write(`${text}\n`);
      return name;
    }
    process.stderr.write(`\nWriting Node.js report to file: ${name}\n`);
    internals.loadBuiltin('fs').writeFileSync(path, `${text}\n`);
    process.stderr.write('Node.js report completed\n');
    return name;
  },
  getReport(err) {
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    return buildReport('JavaScript API', 'GetReport', null, err, callerFrames('getReport', '36:13', report.getReport));
  },
  get directory() { return settings.directory; },
  set directory(dir) { validateString(dir, 'directory'); settings.directory = dir; },
  get filename() { return settings.filename; },
  set filename(name) { validateString(name, 'filename'); settings.filename = name; },
  get compact() { return settings.compact; },
  set compact(b) { validateBoolean(b, 'compact'); settings.compact = b; },
  get excludeNetwork() { return settings.excludeNetwork; },
  set excludeNetwork(b) { validateBoolean(b, 'excludeNetwork'); settings.excludeNetwork = b; },
  get signal() { return settings.signal; },
  set signal(sig) {
    validateString(sig, 'signal');
    if (!(sig in os.constants.signals)) {
      throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    settings.signal = sig;
  },
  get reportOnFatalError() { return settings.reportOnFatalError; },
  set reportOnFatalError(trigger) { validateBoolean(trigger, 'trigger'); settings.reportOnFatalError = trigger; },
  get reportOnSignal() { return settings.reportOnSignal; },
  set reportOnSignal(trigger) { validateBoolean(trigger, 'trigger'); settings.reportOnSignal = trigger; },
  get reportOnUncaughtException() { return settings.reportOnUncaughtException; },
  set reportOnUncaughtException(trigger) { validateBoolean(trigger, 'trigger'); settings.reportOnUncaughtException = trigger; },
};

// `process.report` is process.js's getter over this module's exports.
return report;
