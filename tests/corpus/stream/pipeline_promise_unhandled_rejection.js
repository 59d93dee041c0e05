// A stream records an error by reading its stack (Node's "Avoid V8 leak"), so V8 keeps only
// the text: the unhandled rejection of pipeline's promise is reported from
// triggerUncaughtException, not from where the error was made.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
pipeline(
  Readable.from(['a']),
  new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } })
);
