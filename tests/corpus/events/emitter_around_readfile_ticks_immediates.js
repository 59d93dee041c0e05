const EventEmitter = require('events');
const fs = require('fs');
class Reader extends EventEmitter {
  read(file) {
    this.emit('start', file);
    fs.readFile(file, 'utf8', (err, data) => {
      if (err) return this.emit('error', err);
      process.nextTick(() => this.emit('data', data.length > 0));
      setImmediate(() => this.emit('end'));
    });
    return this;
  }
}
const r = new Reader();
r.on('start', (f) => console.log('start', require('path').basename(f)))
 .on('data', (d) => console.log('data', d))
 .on('end', () => console.log('end'))
 .on('error', (e) => console.log('error', e.code, e.message));
r.read(__filename);
new Reader().on('error', (e) => console.log('error2', e.code, e.syscall, e.errno)).read('./missing.txt');
