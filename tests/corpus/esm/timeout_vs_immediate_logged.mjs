// An ES module body runs in the poll phase: the immediate always comes first.
console.log('module body');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
