// inherits sets super_ and the prototype chain; bad arguments throw Node's errors.
const util = require('util');
const EventEmitter = require('events');
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
console.log(Stream.super_ === EventEmitter, s instanceof EventEmitter, typeof s.on);
try { util.inherits(null, EventEmitter); } catch (e) { console.log(e.code, e.message); }
try { util.inherits(Stream, null); } catch (e) { console.log(e.code, e.message); }
try { util.inherits(Stream, {}); } catch (e) { console.log(e.code, e.message); }
