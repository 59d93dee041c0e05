// The signal option of a stream constructor, and an already-aborted signal.
const { Writable, Readable } = require('stream');
const ac = new AbortController();
const w = new Writable({ signal: ac.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('writable error', e.name));
w.on('close', () => console.log('writable close'));
ac.abort();
const r = new Readable({ signal: AbortSignal.abort(), read() {} });
r.on('error', (e) => console.log('readable error', e.name, e.cause && e.cause.name));
r.on('close', () => console.log('readable close'));
