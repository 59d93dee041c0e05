//! `node:v8`, its basics: heap statistics with V8's keys and fixed plausible numbers (the
//! heap of `process.memoryUsage()`), Node 20.20.2's `cachedDataVersionTag`, and
//! `setFlagsFromString` accepted and ignored, the serializer from `internal/v8_serdes`; the
//! rest (heap snapshots, coverage, promise hooks) throws ERR_LOOPLAB_NOT_MODELLED.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
const { codedError } = internals;

function notModelled(name) {
  return function () {
    throw codedError(Error, 'ERR_LOOPLAB_NOT_MODELLED', `v8.${name} is not available in the playground`);
  };
}

// Node 20.20.2's V8 (11.3) with its default flags.
const CACHED_DATA_VERSION_TAG = 2208153205;
const memory = internals.process.memoryUsage();

function getHeapStatistics() {
  return {
    total_heap_size: memory.heapTotal,
    total_heap_size_executable: 262144,
    total_physical_size: memory.heapTotal - 524288,
    total_available_size: 4342567568,
    used_heap_size: memory.heapUsed,
    heap_size_limit: 4345298944,
    malloced_memory: 262312,
    peak_malloced_memory: 107696,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 8192,
    used_global_handles_size: 2240,
    external_memory: memory.external,
  };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "flags" argument must be of type string.${internals.describeReceived(flags)}`);
  }
}

const { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize } = internals.v8_serdes;

return {
  cachedDataVersionTag: function cachedDataVersionTag() { return CACHED_DATA_VERSION_TAG; },
  getHeapSnapshot: notModelled('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics: notModelled('getHeapSpaceStatistics'),
  getHeapCodeStatistics: notModelled('getHeapCodeStatistics'),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: notModelled('takeCoverage'),
  stopCoverage: notModelled('stopCoverage'),
  serialize,
  writeHeapSnapshot: notModelled('writeHeapSnapshot'),
  promiseHooks: {},
  queryObjects: notModelled('queryObjects'),
  startupSnapshot: {},
  setHeapSnapshotNearHeapLimit: notModelled('setHeapSnapshotNearHeapLimit'),
  GCProfiler: class GCProfiler { start() { notModelled('GCProfiler')(); } stop() {} },
};
