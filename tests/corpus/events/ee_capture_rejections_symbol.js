// captureRejections with a Symbol.for('nodejs.rejection') method: it gets the error, the event and the args.
const EventEmitter = require('events');
class Server extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    console.log('rejection hook:', err.message, event, args);
  }
}
const s = new Server();
s.on('request', async (a, b) => { throw new Error('bad request'); });
s.emit('request', 'a', 'b');
console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
