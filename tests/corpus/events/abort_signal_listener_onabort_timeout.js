const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('listener', e.type, ac.signal.reason.name));
ac.signal.onabort = () => console.log('onabort');
process.nextTick(() => console.log('tick'));
ac.abort();
ac.abort();
console.log('after abort', ac.signal.reason instanceof DOMException, ac.signal.reason.message);
AbortSignal.timeout(5).addEventListener('abort', function () { console.log('timeout signal', this.reason.name); });
setTimeout(() => console.log('10ms'), 10);
