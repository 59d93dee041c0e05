// require('timers') and require('node:timers') expose the same functions as the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log(timers === nodeTimers);
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate, timers.clearInterval === clearInterval);
