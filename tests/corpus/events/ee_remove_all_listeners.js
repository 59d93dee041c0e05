// removeAllListeners with 'removeListener' listeners: one by one (last first), 'removeListener' itself last.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('a', function a1() {});
e.on('a', function a2() {});
e.on('b', function b1() {});
e.on('removeListener', function watcher(name, fn) { console.log('removed', name, fn.name); });
e.removeAllListeners('a');
console.log(e.eventNames());
e.on('a', function a3() {});
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);
