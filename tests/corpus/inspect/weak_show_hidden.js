// showHidden previews WeakMap/WeakSet entries.
const util = require('util');
const k = { k: 1 };
console.log(util.inspect(new WeakMap([[k, 'v']]), { showHidden: true }));
console.log(util.inspect(new WeakSet([k]), { showHidden: true }));
