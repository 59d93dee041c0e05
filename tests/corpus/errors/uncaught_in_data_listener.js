const { EventEmitter } = require('events');
const e = new EventEmitter();
e.on('data', (chunk) => {
  console.log('got', chunk);
  chunk.toUpperCase();
});
e.emit('data', 'ok');
e.emit('data', 5);
