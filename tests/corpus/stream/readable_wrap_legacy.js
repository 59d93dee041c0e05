// Readable.prototype.wrap over an old-style stream (an EventEmitter with pause/resume).
const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old paused');
old.resume = () => console.log('old resumed');
const r = new Readable({ highWaterMark: 4 }).wrap(old);
old.emit('data', Buffer.from('abcdef'));
old.emit('data', Buffer.from('gh'));
old.emit('end');
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
