// util.inspect of emitters: _events, _eventsCount, _maxListeners and the symbols Node shows.
const EventEmitter = require('events');
const util = require('util');
const e = new EventEmitter();
console.log(e);
e.on('a', () => {});
e.on('a', function named() {});
e.once('b', () => {});
e.setMaxListeners(5);
console.log(e);
console.log(util.inspect(e, { depth: 0 }));
class Radio extends EventEmitter {
  constructor() { super({ captureRejections: true }); this.station = 'fm'; }
}
console.log(new Radio());
console.log([e], util.inspect(e, { depth: -1 }));
