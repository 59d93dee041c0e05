// push() after push(null): ERR_STREAM_PUSH_AFTER_EOF emitted as an unhandled 'error'.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('a');
r.push(null);
r.push('b');
