//! `node:perf_hooks` on the virtual clock, shaped as Node 20's lib/internal/perf/*.js: the
//! global `performance` (`now`, `timeOrigin`, `mark`, `measure`, the entry lists,
//! `timerify`, `toJSON`), `PerformanceEntry`/`PerformanceMark`/`PerformanceMeasure`, and
//! `PerformanceObserver` (entries delivered together in a later task, as Node queues them).
//! Times are the run's virtual milliseconds, so the same program measures the same durations.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, invalidArgType } = internals;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const { now, timeOrigin } = internals.performanceClock;


const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

class PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }

  get name() { return this[kName]; }
  get entryType() { return this[kType]; }
  get startTime() { return this[kStart]; }
  get duration() { return this[kDuration]; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = this.toJSON();
    return `${this.constructor.name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    const json = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    if (this[kType] === 'mark' || this[kType] === 'measure') json.detail = this[kDetail];
    return json;
  }
}
for (const name of ['name', 'entryType', 'startTime', 'duration']) {
  const descriptor = Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, name);
  Object.defineProperty(PerformanceEntry.prototype, name, { ...descriptor, enumerable: true });
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    name = `${name}`;
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') throw invalidArgType('options.startTime', 'of type number', startTime);
    if (startTime < 0) {
      throw codedError(RangeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${startTime} is not a valid timestamp`);
    }
    const detail = options?.detail === undefined ? null : structuredClone(options.detail);
    super(name, 'mark', startTime, 0, detail);
  }

  get detail() { return this[kDetail]; }
}
class PerformanceMeasure extends PerformanceEntry {
  get detail() { return this[kDetail]; }
}

// ---------------------------------------------------------------- the timeline
const marks = [];
const measures = [];
const observers = new Set();

function enqueue(entry) {
  for (const observer of observers) observer._enqueue(entry);
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  enqueue(entry);
  return entry;
}

function markTime(name, which) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw codedError(RangeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${name} is not a valid timestamp`);
    return name;
  }
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  throw new (internals.bufferGlobal('DOMException'))(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measure(name, startOrOptions, endMark) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    start = markTime(startOrOptions.start, 'start');
    end = markTime(startOrOptions.end, 'end');
    if (startOrOptions.duration !== undefined) {
      if (end === undefined) end = (start ?? 0) + startOrOptions.duration;
      else if (start === undefined) start = end - startOrOptions.duration;
    }
    detail = startOrOptions.detail === undefined ? null : structuredClone(startOrOptions.detail);
  } else {
    start = markTime(startOrOptions, 'start');
    end = markTime(endMark, 'end');
  }
  if (end === undefined) end = now();
  if (start === undefined) start = 0;
  const entry = new PerformanceMeasure(name, 'measure', start, end - start, detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function byStart(a, b) { return a.startTime - b.startTime; }
function getEntries() { return [...marks, ...measures].sort(byStart); }
function getEntriesByName(name, type) {
  return getEntries().filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type));
}
function getEntriesByType(type) { return getEntries().filter((e) => e.entryType === `${type}`); }
function clear(list, name) {
  for (let i = list.length - 1; i >= 0; i--) if (name === undefined || list[i].name === `${name}`) list.splice(i, 1);
}

// timerify: each call becomes a 'function' entry for the observers.
function timerify(fn, options = undefined) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw invalidArgType('options', 'of type object', options);
  const histogram = options?.histogram;
  if (histogram !== undefined && (!internals.histogram.isHistogram(histogram) || typeof histogram.record !== 'function')) {
    throw invalidArgType('options.histogram', 'an instance of RecordableHistogram', histogram);
  }
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      // processComplete records the duration in nanoseconds. A call can take no virtual time
      // where Node's clock always moves, so the sample is at least 1 (record(0) would throw).
      if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil((now() - start) * 1e6)));
      const entry = new PerformanceEntry(fn.name, 'function', start, now() - start, args);
      entry.detail = args;
      enqueue(entry);
    };
    if (!new.target && typeof result?.finally === 'function') return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class PerformanceObserverEntryList {
  #entries;
  // Node sorts an observer's batch by start time (a measure sits at its start mark's time).
  constructor(entries) { this.#entries = entries.sort(byStart); }
  getEntries() { return [...this.#entries]; }
  getEntriesByType(type) { return this.#entries.filter((e) => e.entryType === `${type}`); }
  getEntriesByName(name, type) { return this.#entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type)); }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = false;
  constructor(callback) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']; }

  observe(options = {}) {
    const types = options.entryTypes ?? (options.type !== undefined ? [options.type] : []);
    for (const type of types) this.#types.add(type);
    observers.add(this);
    if (options.buffered) {
      for (const entry of getEntries()) this._enqueue(entry);
    }
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  // Node delivers an observer's entries in one batch from a setImmediate-like task.
  _enqueue(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    global.setImmediate(() => {
      this.#scheduled = false;
      if (!observers.has(this) || this.#buffer.length === 0) return;
      const list = new PerformanceObserverEntryList(this.takeRecords());
      this.#callback(list, this);
    });
  }
}

// lib/internal/perf/nodetiming.js: Node's milestones, in ms on performance.now()'s scale. The
// boot's are the simulated machine's (a fast start inside the ~25 ms boot performance.now()
// counts); loopStart is when this run's loop began (-1 before), loopExit -1 until it ends.
const kBootMilestones = { nodeStart: 0.5, v8Start: 4.5, environment: 12, bootstrapComplete: 20 };
class PerformanceNodeTiming {
  constructor() {
    const milestone = (name) => ({ enumerable: true, configurable: true, get() { return kBootMilestones[name]; } });
    Object.defineProperties(this, {
      name: { enumerable: true, configurable: true, value: 'node' },
      entryType: { enumerable: true, configurable: true, value: 'node' },
      startTime: { enumerable: true, configurable: true, value: 0 },
      duration: { enumerable: true, configurable: true, get: now },
      nodeStart: milestone('nodeStart'),
      v8Start: milestone('v8Start'),
      environment: milestone('environment'),
      loopStart: { enumerable: true, configurable: true, get() { return internals.loopStartMs(); } },
      loopExit: { enumerable: true, configurable: true, get() { return -1; } },
      bootstrapComplete: milestone('bootstrapComplete'),
      // The loop's time blocked in poll is not kept: the virtual clock jumps there.
      idleTime: { enumerable: true, configurable: true, get() { return 0; } },
      uvMetricsInfo: {
        enumerable: true,
        configurable: true,
        get: () => ({ loopCount: internals.loopIteration(), events: 0, eventsWaiting: 0 }),
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
const nodeTiming = new PerformanceNodeTiming();

// lib/internal/perf/performance.js: an EventTarget no one can construct, its methods checking
// their receiver's brand, the enumerable ones as Node lists them.
const eventTargets = internals.event_target;
const kPerformanceBrand = Symbol('performance');
// lib/internal/validators.js validateInternalField.
function checkBrand(receiver) {
  if (receiver === null || typeof receiver !== 'object' || !(kPerformanceBrand in receiver)) {
    throw invalidArgType('this', 'an instance of Performance', receiver);
  }
}
function missingArgs(name) {
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}
const eventLoopUtilization = function eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; };
class Performance extends eventTargets.EventTarget {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, opts)}`;
  }

  clearMarks(name = undefined) { checkBrand(this); clear(marks, name); }
  clearMeasures(name = undefined) { checkBrand(this); clear(measures, name); }
  clearResourceTimings(name = undefined) { checkBrand(this); }
  getEntries() { checkBrand(this); return getEntries(); }
  getEntriesByName(name, type = undefined) {
    checkBrand(this);
    if (arguments.length === 0) throw missingArgs('name');
    return getEntriesByName(name, type);
  }
  getEntriesByType(type) {
    checkBrand(this);
    if (arguments.length === 0) throw missingArgs('type');
    return getEntriesByType(type);
  }
  mark(name, options = undefined) {
    checkBrand(this);
    if (arguments.length === 0) throw missingArgs('name');
    return mark(name, options);
  }
  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkBrand(this);
    if (arguments.length === 0) throw missingArgs('name');
    return measure(name, startOrOptions, endMark);
  }
  now() { checkBrand(this); return now(); }
  setResourceTimingBufferSize(maxSize) {
    checkBrand(this);
    if (arguments.length === 0) throw missingArgs('maxSize');
  }
  get timeOrigin() { checkBrand(this); return timeOrigin; }
  toJSON() {
    checkBrand(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'timeOrigin', 'toJSON', 'setResourceTimingBufferSize']) {
  Object.defineProperty(Performance.prototype, name, { enumerable: true });
}
Object.defineProperties(Performance.prototype, {
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'Performance' },
  eventLoopUtilization: { configurable: true, enumerable: false, writable: true, value: eventLoopUtilization },
  nodeTiming: { configurable: true, enumerable: false, writable: true, value: nodeTiming },
  markResourceTiming: {
    configurable: true,
    enumerable: false,
    writable: true,
    value: function markResourceTiming() { throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', 'performance.markResourceTiming is not modelled'); },
  },
  timerify: { configurable: true, enumerable: false, writable: true, value: function timerify_(fn, options) { return timerify(fn, options); } },
});
Object.defineProperty(Performance.prototype.timerify, 'name', { value: 'timerify' });
eventTargets.defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
const performance = Reflect.construct(function Performance() {
  eventTargets.initEventTarget(this);
  this[kPerformanceBrand] = true;
}, [], Performance);

// The globals are the prelude's lazy accessors over these exports (exposeLazyGlobals).

// Node 20 exports it without a way to make one outside its fetch implementation.
class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
}

const { createHistogram, monitorEventLoopDelay } = internals.histogram;

return {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  },
};
