// Passing a non-function as a listener: checkListener's error, rethrown by hideStackFrames,
// with the frames of the emitter's own methods named after its class.
const EventEmitter = require('events');
class Doorbell extends EventEmitter {}
const bell = new Doorbell();
bell.on('ring', 'answer the door');
