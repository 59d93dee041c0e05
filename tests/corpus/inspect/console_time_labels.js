// Only the deterministic parts: warnings for unknown or duplicate labels (stderr).
console.time('a');
console.time('a');
console.timeEnd('missing');
console.timeLog('missing2');
console.log('done');
