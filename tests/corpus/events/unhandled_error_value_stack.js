// emit('error') of a non-Error throws ERR_UNHANDLED_ERROR made inside emit: its emit frame (named after the emitter) at Node's line.
const { EventEmitter } = require('events');
class Bus extends EventEmitter {}
const b = new Bus();
try { b.emit('error', { code: 42 }); } catch (e) { console.log(e.stack.replaceAll(__dirname, '$DIR')); console.log(e.context); }
try { new EventEmitter().emit('error'); } catch (e) { console.log(e.message, e.stack.split('\n')[1]); }
function f() { b.emit('error', 7); }
try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '$DIR')); }
