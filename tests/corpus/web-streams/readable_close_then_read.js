// Reads after close resolve done at once; closed resolves; enqueue after close throws.
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
const reader = rs.getReader();
ctrl.enqueue('last');
ctrl.close();
try { ctrl.enqueue('more'); } catch (e) { console.log(e.name, e.code, e.message); }
try { ctrl.close(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(ctrl.desiredSize);
reader.read().then((r) => console.log(r, rs));
reader.read().then((r) => console.log(r));
reader.closed.then((v) => console.log('closed', v));
