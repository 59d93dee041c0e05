// events.once on a value that is neither an EventEmitter nor an EventTarget rejects (it is an
// async function) with ERR_INVALID_ARG_TYPE, thrown from eventTargetAgnosticAddListener inside
// the promise's executor; uncaught, the rejection ends the process.
const events = require('events');
events.once(1, 'x').catch((e) => console.log(e.stack.replaceAll(__dirname, '.')));
events.once({}, 'ready');
