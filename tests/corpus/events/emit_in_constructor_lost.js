// An event emitted in a constructor is lost; one emitted on a tick reaches the listener.
const EventEmitter = require('events');
class Early extends EventEmitter {
  constructor() { super(); this.emit('created'); process.nextTick(() => this.emit('ready')); }
}
const x = new Early();
x.on('created', () => console.log('created (never)'));
x.on('ready', () => console.log('ready'));
