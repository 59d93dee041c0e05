// Helper: logs when it is loaded, to show that modules are evaluated once and cached.
console.log('loading _counter.js');
let count = 0;
module.exports = { inc: () => ++count };
