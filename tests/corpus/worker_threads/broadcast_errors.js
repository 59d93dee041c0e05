// A closed BroadcastChannel cannot post; an unref'd one does not keep the process alive.
const bc = new BroadcastChannel('x');
console.log(require('util').inspect(bc));
bc.close();
try { bc.postMessage('late'); } catch (err) { console.log(err.name, err.message); }
try { new BroadcastChannel(); } catch (err) { console.log(err.code, err.message); }
const kept = new BroadcastChannel('y');
kept.onmessage = () => {};
kept.unref();
console.log(require('util').inspect(kept));
