// Locking rules and their errors, as Node words them.
const rs = new ReadableStream();
const reader = rs.getReader();
try { rs.getReader(); } catch (e) { console.log(e.name, e.code, e.message); }
rs.cancel().catch((e) => console.log('cancel:', e.code, e.message));
reader.releaseLock();
console.log(rs.locked);
reader.read().catch((e) => console.log('read after release:', e.code, e.message));
reader.closed.catch((e) => console.log('closed after release:', e.code, e.message));
try { rs.getReader({ mode: 'byob' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { rs.getReader({ mode: 'other' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStream({ type: 'nope' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStream({ pull: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStream(null); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStreamDefaultReader({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStreamDefaultController(); } catch (e) { console.log(e.name, e.code, e.message); }
