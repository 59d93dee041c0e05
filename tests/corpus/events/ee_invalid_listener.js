// Listener arguments are validated: ERR_INVALID_ARG_TYPE in Node's words.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const bad of [undefined, null, 'fn', 42, {}]) {
  try { e.on('x', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { e.once('x', 1); } catch (err) { console.log(err.message); }
try { e.removeListener('x', 1); } catch (err) { console.log(err.message); }
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code, err.message); }
