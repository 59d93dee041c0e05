// A write stream whose file cannot be opened emits 'error' from destroy's tick; unhandled, the
// report shows the error (no frames of its own: made on the thread pool) and where it was
// emitted: Node's emitErrorNT/emitErrorCloseNT tick.
const fs = require('fs');
const ws = fs.createWriteStream('no/such/dir/file.txt');
ws.write('hello');
