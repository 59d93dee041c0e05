// performance.toJSON() and how console.log shows performance: keys and types, with the times
// (which change from run to run) masked.
const json = performance.toJSON();
console.log(Object.keys(json), Object.keys(json).map((k) => typeof json[k]));
console.log(json.eventLoopUtilization);
console.log(typeof performance.timeOrigin, Number.isInteger(performance.timeOrigin), performance.timeOrigin > 1.6e12);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
console.log(JSON.stringify(performance).replace(/\d+(\.\d+)?/g, 'N'));
console.log(require('util').inspect(performance).replace(/\d+(\.\d+)?/g, 'N'));
console.log(require('util').inspect(performance, { depth: 0 }).replace(/\d+(\.\d+)?/g, 'N'));
