// performance.nodeTiming: a PerformanceNodeTiming (a PerformanceEntry) whose values are times;
// its keys, their types and the fixed fields print the same in every run.
const nt = performance.nodeTiming;
console.log(nt.constructor.name, nt instanceof PerformanceEntry, Object.prototype.toString.call(nt));
console.log(Object.keys(nt).map((k) => `${k}:${typeof nt[k]}`).join(' '));
console.log(nt.name, nt.entryType, nt.startTime, nt.loopStart, nt.loopExit);
console.log(nt.nodeStart <= nt.v8Start, nt.v8Start <= nt.environment, nt.duration > nt.bootstrapComplete);
console.log(Object.keys(nt.toJSON()));
console.log(Object.keys(nt.uvMetricsInfo));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(nt)));
const shown = require('util').inspect(nt).replace(/\d+(\.\d+)?/g, 'N');
console.log(shown);
setTimeout(() => {
  console.log(nt.loopStart > 0, nt.loopStart < nt.duration, nt.loopExit);
}, 1);
