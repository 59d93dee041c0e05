// The timeout's timer is unref'd: nothing else keeps the process alive, so it never fires.
const s = AbortSignal.timeout(50);
s.addEventListener('abort', () => console.log('never printed'));
process.on('exit', () => console.log('exit, aborted:', s.aborted));
