// "The Node.js Event Loop" guide: emitting from the constructor happens before the listener is added, so nothing is printed by the listener.
const EventEmitter = require('node:events');

class MyEmitter extends EventEmitter {
  constructor() {
    super();
    this.emit('event');
  }
}

const myEmitter = new MyEmitter();
myEmitter.on('event', () => {
  console.log('an event occurred!');
});
console.log('end of script');
