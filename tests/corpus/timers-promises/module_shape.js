// timers/promises: its exports, and its identity with timers.promises and promisify.
const tp = require('timers/promises');
const timers = require('timers');
const util = require('util');
console.log(Object.keys(tp));
console.log(timers.promises === tp, require('node:timers/promises') === tp);
console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
console.log(tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.name, tp.setImmediate.length);
console.log(tp.setInterval.name, tp.setInterval.length, Object.prototype.toString.call(tp.setInterval));
