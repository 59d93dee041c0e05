// EventEmitter from 'node:events': emit() calls listeners synchronously, before any microtask.
import { EventEmitter } from 'node:events';
const e = new EventEmitter();
e.on('ping', (x) => console.log('listener', x));
Promise.resolve().then(() => console.log('promise'));
e.emit('ping', 1);
console.log('after emit');
