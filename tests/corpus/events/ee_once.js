// once: removed before it runs, so emitting inside it does not re-run it; listeners() unwraps it.
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
e.once('tick', (v) => { n++; console.log('once', v); e.emit('tick', 'nested'); });
e.on('tick', (v) => console.log('on', v));
console.log(e.listeners('tick').length, e.rawListeners('tick')[0].listener !== undefined);
e.emit('tick', 'first');
e.emit('tick', 'second');
console.log('ran once:', n, e.listenerCount('tick'));
const f = () => console.log('never');
e.once('gone', f);
e.removeListener('gone', f);
console.log(e.emit('gone'), e.eventNames());
