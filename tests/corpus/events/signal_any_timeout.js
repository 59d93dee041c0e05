// AbortSignal.any combining a manual abort and a timeout.
const ac = new AbortController();
const sig = AbortSignal.any([ac.signal, AbortSignal.timeout(10)]);
sig.addEventListener('abort', () => console.log('any aborted:', sig.reason.name ?? sig.reason));
setTimeout(() => { console.log('manual abort'); ac.abort(new Error('manual')); }, 3);
setTimeout(() => console.log('done', sig.aborted), 15);
