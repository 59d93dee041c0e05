// Listeners receive every argument; `this` is the emitter for functions, not for arrows.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', function (...args) { console.log(args, this === e, arguments.length); });
e.on('data', (...args) => console.log('arrow', args.length, this === e));
e.emit('data', 1, 'two', { three: 3 }, [4], undefined);
e.emit('data');
