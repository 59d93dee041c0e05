// An engine error (no throw statement) escaping a listener: V8 names the listener's frame and
// the emit frame after the emitter, even when the stack is read after emit returned.
const EventEmitter = require('events');
class Bell extends EventEmitter {}
const bell = new Bell();
bell.on('ring', () => { null.x; });
bell.on('chime', function chime() { bell.emit('ring'); });
try {
  bell.emit('ring');
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.'));
}
try {
  bell.emit('chime');
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 5).join('\n').split(__dirname).join('.'));
}
