// events.addAbortListener: runs once on abort (in a microtask if already aborted); dispose removes it.
const { addAbortListener } = require('events');
const ac = new AbortController();
addAbortListener(ac.signal, () => console.log('aborted 1'));
const disposable = addAbortListener(ac.signal, () => console.log('never: disposed'));
disposable[Symbol.dispose]();
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
ac.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
console.log('sync end');
try { addAbortListener(undefined, () => {}); } catch (err) { console.log(err.code, err.message); }
try { addAbortListener(ac.signal, 'x'); } catch (err) { console.log(err.code, err.message); }
