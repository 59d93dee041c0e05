// The v8 module's basics: its exports in Node's order, heap statistics' keys and types,
// cachedDataVersionTag a number, setFlagsFromString accepted.
const v8 = require('v8');
console.log(Object.keys(v8).join(','));
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((n) => typeof n === 'number'), stats.used_heap_size <= stats.total_heap_size, stats.heap_size_limit > stats.total_heap_size);
console.log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--allow-natives-syntax'));
try { v8.setFlagsFromString(1); } catch (e) { console.log(e.code, e.message); }
