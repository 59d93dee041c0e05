//! `node:tty`: looplab's standard streams are pipes, never terminals (as when Node's output
//! is captured), so `isatty` is false for every descriptor and the classes exist only to be
//! named (`instanceof` checks, `process.stdout.isTTY` is undefined).
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { Readable, Writable } = internals.loadBuiltin('stream');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && false;
}

// Node opens these only on a terminal; here they are the stream classes with a terminal's
// marks, for code that subclasses or checks them.
class ReadStream extends Readable {
  constructor(fd, options) {
    super(options);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}
class WriteStream extends Writable {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }

  getColorDepth() { return 1; }
  hasColors() { return false; }
  getWindowSize() { return [this.columns, this.rows]; }
}

return { isatty, ReadStream, WriteStream };
