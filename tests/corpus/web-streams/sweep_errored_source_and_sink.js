// An errored source's reads and closed promise; a throwing sink's writes.
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new TypeError('bad source')); } });
const r = rs.getReader();
r.read().then(v => console.log('read1', v), e => console.log('rej1', e.message));
r.read().then(v => console.log('read2', v), e => console.log('rej2', e.message));
r.closed.catch(e => console.log('closed rejected', e.name));
const ws = new WritableStream({ write() { throw new Error('sink fail'); } });
const w = ws.getWriter();
w.write('a').catch(e => console.log('write rej', e.message));
w.write('b').catch(e => console.log('write2 rej', e.message));
w.closed.catch(e => console.log('w closed', e.message));
console.log(w.desiredSize);
try { rs.getReader(); } catch (e) { console.log(e.name, e.code, e.message); }
