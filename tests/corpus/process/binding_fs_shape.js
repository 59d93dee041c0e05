// process.binding('fs') is on Node's allow list: no DEP0111 warning without --pending-deprecation.
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
const b = process.binding('fs');
console.log(typeof b, typeof b.open, typeof b.close, typeof b.stat, b.open.name, b.open.length);
console.log(b === process.binding('fs'), Object.keys(b).length, b.kFsStatsFieldsNumber);
console.log(b.statValues.constructor.name, b.statValues.length, b.bigintStatValues.constructor.name, String(b.kUsePromises));
console.log(Object.keys(b).slice(0, 6), Object.keys(b).slice(-4));
setImmediate(() => console.log('warnings', warnings));
