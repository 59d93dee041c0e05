const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
e.on('data', function onData() {});
e.once('end', () => {});
console.log(e);
class Chat extends EventEmitter { constructor() { super(); this.room = 'lobby'; } }
console.log(new Chat());
console.log(e.listeners('data'), e.rawListeners('end').length, e.eventNames());
