//! `internal/histogram`: perf_hooks' `createHistogram` and `monitorEventLoopDelay`, shaped as
//! Node 20's lib/internal/histogram.js and lib/internal/perf/event_loop_delay.js over a port of
//! HdrHistogram_c's bucket arithmetic (the handle Node's src/histogram.cc wraps), so the
//! figures of recorded values (min, max, mean, stddev, percentiles) are the ones Node reports.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, validateInteger, validateOptionsObject, invalidArgType } = internals;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------- HdrHistogram_c
// Values are JavaScript numbers: exact up to 2^53, which is Node's default highest trackable
// value. Shifts are multiplications by powers of two for the same reason.
const INT64_MAX = 9223372036854775807n;

function bitLength(value) {
  if (value < 0x100000000) return 32 - Math.clz32(value);
  return 32 + bitLength(Math.floor(value / 0x100000000));
}

class HdrHistogram {
  constructor(lowest, highest, figures) {
    // hdr_calculate_bucket_config
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log(largestSingleUnit) / Math.log(2));
    this.lowest = lowest;
    this.highest = highest;
    this.figures = figures;
    this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
    this.unitMagnitude = Math.trunc(Math.log(lowest) / Math.log(2));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.subBucketMask = (this.subBucketCount - 1) * 2 ** this.unitMagnitude;
    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let bucketsNeeded = 1;
    while (smallestUntrackable <= highest) {
      if (smallestUntrackable > Number(INT64_MAX) / 2) {
        bucketsNeeded++;
        break;
      }
      smallestUntrackable *= 2;
      bucketsNeeded++;
    }
    this.bucketCount = bucketsNeeded;
    this.countsLen = (bucketsNeeded + 1) * this.subBucketHalfCount;
    this.counts = new Float64Array(this.countsLen);
    // src/histogram.h: Node counts what it recorded and what exceeded the range itself.
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
    this.reset();
  }

  reset() {
    this.counts.fill(0);
    this.totalCount = 0;
    this.minValue = Infinity; // INT64_MAX: nothing recorded
    this.maxValue = 0;
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  bucketIndex(value) {
    const pow2ceiling = Math.max(bitLength(value), bitLength(this.subBucketMask));
    return pow2ceiling - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return Math.floor(value / 2 ** (bucketIndex + this.unitMagnitude));
  }

  countsIndexFor(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    return (bucket + 1) * this.subBucketHalfCount + (sub - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucket = Math.floor(index / this.subBucketHalfCount) - 1;
    let sub = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucket < 0) {
      sub -= this.subBucketHalfCount;
      bucket = 0;
    }
    return sub * 2 ** (bucket + this.unitMagnitude);
  }

  sizeOfEquivalentRange(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    const adjusted = sub >= this.subBucketCount ? bucket + 1 : bucket;
    return 2 ** (this.unitMagnitude + adjusted);
  }

  lowestEquivalent(value) {
    const bucket = this.bucketIndex(value);
    return this.subBucketIndex(value, bucket) * 2 ** (bucket + this.unitMagnitude);
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.sizeOfEquivalentRange(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.sizeOfEquivalentRange(value) / 2);
  }

  // hdr_record_values
  recordValues(value, count) {
    if (value < 0 || value > this.highest) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || index >= this.countsLen) return false;
    this.counts[index] += count;
    this.totalCount += count;
    if (value > this.maxValue) this.maxValue = value;
    if (value !== 0 && value < this.minValue) this.minValue = value;
    return true;
  }

  // Histogram::Record in src/histogram-inl.h
  record(value) {
    if (this.recordValues(value, 1)) this.count++;
    else this.exceeds++;
  }

  // Histogram::RecordDelta: the time since the previous call, in nanoseconds (the first call
  // only starts the clock). On the virtual clock.
  recordDelta() {
    const time = Number(global.process.hrtime.bigint());
    if (this.prev > 0) this.record(time - this.prev);
    this.prev = time;
  }

  // Histogram::Add: hdr_add over the other's recorded buckets, then Node's own counters.
  add(other) {
    for (let index = 0; index < other.countsLen; index++) {
      const count = other.counts[index];
      if (count !== 0) this.recordValues(other.valueAtIndex(index), count);
    }
    this.count += other.count;
    this.exceeds += other.exceeds;
    if (other.prev > this.prev) this.prev = other.prev;
  }

  min() {
    if (this.counts[0] > 0) return 0;
    return this.minValue === Infinity ? INT64_MAX : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  // hdr_mean: each bucket counts as its median equivalent value; NaN when empty (0 / 0).
  mean() {
    let total = 0;
    let seen = 0;
    for (let index = 0; index < this.countsLen && seen < this.totalCount; index++) {
      const count = this.counts[index];
      if (count === 0) continue;
      seen += count;
      total += count * this.medianEquivalent(this.valueAtIndex(index));
    }
    return total / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let total = 0;
    for (let index = 0; index < this.countsLen; index++) {
      const count = this.counts[index];
      if (count === 0) continue;
      const dev = this.medianEquivalent(this.valueAtIndex(index)) - mean;
      total += dev * dev * count;
    }
    return Math.sqrt(total / this.totalCount);
  }

  // hdr_value_at_percentile
  percentile(percentile) {
    const requested = percentile < 100 ? percentile : 100;
    const countAt = Math.max(Math.trunc((requested / 100) * this.totalCount + 0.5), 1);
    let cumulative = 0;
    let value = 0;
    for (let index = 0; index < this.countsLen; index++) {
      cumulative += this.counts[index];
      if (cumulative >= countAt) {
        value = this.valueAtIndex(index);
        break;
      }
    }
    return percentile === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // hdr_iter_percentile_init(&iter, h, 1) driven to its end, as Histogram::Percentiles: each
  // step reports the percentile reached and the value of the bucket the iterator stands on.
  percentiles(report) {
    const total = this.totalCount;
    let index = -1;
    let count = 0;
    let cumulative = 0;
    let value = 0;
    let target = 0;
    const basicNext = () => {
      if (!(cumulative < total) || index >= this.countsLen) return false;
      index++;
      if (index < this.countsLen) {
        count = this.counts[index];
        cumulative += count;
        value = this.valueAtIndex(index);
      }
      return true;
    };
    const next = () => {
      if (index === -1 && !basicNext()) return false;
      do {
        const current = (100 * cumulative) / total;
        if (count !== 0 && target <= current) {
          report(target, value);
          const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - target)) / Math.log(2)) + 1);
          target += 100 / halfDistance;
          return true;
        }
      } while (basicNext());
      return true;
    };
    while (cumulative < total) {
      if (!next()) break;
    }
    report(100, value);
  }
}

// ---------------------------------------------------------------- lib/internal/histogram.js
const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');
const kRecordable = Symbol('kRecordable');
const kEnabled = Symbol('kEnabled');
const kSkipThrow = Symbol('kSkipThrow');

const { SafeMap } = internals;

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function illegalConstructor() {
  return codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function handleOf(histogram) {
  if (!isHistogram(histogram)) throw invalidThis('Histogram');
  return histogram[kHandle];
}

function validatePercentile(percentile) {
  if (typeof percentile !== 'number') throw invalidArgType('percentile', 'of type number', percentile);
  if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw internals.outOfRange('percentile', '> 0 && <= 100', percentile);
  }
}

// The handle's int64 figures as Node's number getters give them (INT64_MAX reads as 2^63).
const toNumber = (value) => Number(value);
const toBigInt = (value) => (typeof value === 'bigint' ? value : BigInt(value));

class Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }

  get count() { return handleOf(this).count; }
  get countBigInt() { return BigInt(handleOf(this).count); }
  get min() { return toNumber(handleOf(this).min()); }
  get minBigInt() { return toBigInt(handleOf(this).min()); }
  get max() { return handleOf(this).max(); }
  get maxBigInt() { return BigInt(handleOf(this).max()); }
  get mean() { return handleOf(this).mean(); }
  get exceeds() { return handleOf(this).exceeds; }
  get exceedsBigInt() { return BigInt(handleOf(this).exceeds); }
  get stddev() { return handleOf(this).stddev(); }

  percentile(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return handle.percentile(percentile);
  }

  percentileBigInt(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return BigInt(handle.percentile(percentile));
  }

  get percentiles() {
    const handle = handleOf(this);
    this[kMap].clear();
    handle.percentiles((key, value) => this[kMap].set(key, value));
    return this[kMap];
  }

  get percentilesBigInt() {
    const handle = handleOf(this);
    this[kMap].clear();
    handle.percentiles((key, value) => this[kMap].set(key, BigInt(value)));
    return this[kMap];
  }

  reset() {
    handleOf(this).reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles.entries()),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
    super(skipThrowSymbol);
  }

  record(val) {
    if (this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    if (typeof val === 'bigint') {
      // HistogramBase::Record: Int64Value, lossless and at least 1, else a bare range error.
      if (val < 1n || val > INT64_MAX) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      this[kHandle].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kHandle].record(val);
  }

  recordDelta() {
    if (this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    this[kHandle].recordDelta();
  }

  add(other) {
    if (this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    if (other[kRecordable] === undefined) throw invalidArgType('other', 'an instance of RecordableHistogram', other);
    this[kHandle].add(other[kHandle]);
  }
}

function createRecordableHistogram(handle) {
  const histogram = new RecordableHistogram(kSkipThrow);
  histogram[kRecordable] = true;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = handle;
  // ClonedRecordableHistogram sets an own, enumerable `constructor` (Object.keys shows it).
  histogram.constructor = RecordableHistogram;
  return histogram;
}

function createHistogram(options = {}) {
  validateOptionsObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.highest' is invalid. Received ${internals.inspect(highest)}`);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return createRecordableHistogram(new HdrHistogram(Number(lowest), Number(highest), figures));
}

// ---------------------------------------------------------------- event loop delay
// Node's ELDHistogram handle is an unref'd libuv timer repeating every `resolution` ms whose
// callback records the time since its previous run (RecordDelta): the delay the loop adds to a
// timer. Here the timer is an unref'd interval on the virtual clock, so a sample is the
// resolution plus however far the virtual clock ran past it (a long synchronous stretch of a
// callback costs virtual time as the run's cost model says); the values are nanoseconds.
class ELDHandle extends HdrHistogram {
  constructor(resolution) {
    super(1, Number.MAX_SAFE_INTEGER, 3);
    this.resolution = resolution;
    this.timer = null;
  }

  // IntervalHistogram::OnStart: the first tick only starts the delta clock (prev_ is 0), and
  // a restart keeps prev_, so its first sample spans the pause.
  start() {
    if (this.timer !== null) return;
    this.timer = global.setInterval(() => this.recordDelta(), this.resolution);
    this.timer.unref();
  }

  stop() {
    if (this.timer === null) return;
    global.clearInterval(this.timer);
    this.timer = null;
  }
}

class ELDHistogram extends Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
    super(skipThrowSymbol);
  }

  enable() {
    if (this[kEnabled] === undefined) throw invalidThis('ELDHistogram');
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    this[kHandle].start();
    return true;
  }

  disable() {
    if (this[kEnabled] === undefined) throw invalidThis('ELDHistogram');
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    this[kHandle].stop();
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateOptionsObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  // Reflect.construct of a plain function with ELDHistogram's prototype, as Node makes it.
  return Reflect.construct(function () {
    this[kEnabled] = false;
    this[kHandle] = new ELDHandle(resolution);
    this[kMap] = new SafeMap();
  }, [], ELDHistogram);
}

return {
  Histogram,
  RecordableHistogram,
  ELDHistogram,
  isHistogram,
  kHandle,
  kMap,
  createHistogram,
  monitorEventLoopDelay,
};
