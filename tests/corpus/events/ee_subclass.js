// Classes extending EventEmitter, and the old util.inherits + EventEmitter.call style.
const EventEmitter = require('events');
const util = require('util');
class Job extends EventEmitter {
  run() { this.emit('start', this.constructor.name); process.nextTick(() => this.emit('done', 42)); }
}
const job = new Job();
job.on('start', (name) => console.log('start', name));
job.on('done', (v) => console.log('done', v));
job.run();
console.log('after run');
function Legacy() { EventEmitter.call(this); this.kind = 'legacy'; }
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('ping', () => console.log('legacy ping', l instanceof EventEmitter));
l.emit('ping');
console.log(Legacy.super_ === EventEmitter, l);
