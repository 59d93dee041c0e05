const EventEmitter = require('events');
class Door extends EventEmitter {}
const door = new Door();
door.on('open', function onOpen(who) {
  who.greet();
});
door.emit('open', {});
