// setTimeout(0) vs setImmediate at the top level of an ES module: NOT a race, unlike CommonJS.
// Node 20 evaluates the entry module after an asynchronous file read, i.e. from the poll phase,
// so the check phase (immediate) always comes before the next timers phase.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
