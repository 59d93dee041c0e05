// A class method registered as a listener keeps the emitter as its receiver.
const EventEmitter = require('events');
class Door extends EventEmitter {}
class Alarm {
  constructor() { this.armed = true; }
  onOpen() {
    if (this.armed === undefined) throw new Error('alarm lost its receiver');
  }
}
const door = new Door();
const alarm = new Alarm();
door.on('open', alarm.onOpen);
door.emit('open');
