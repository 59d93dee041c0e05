// AbortController: listeners, reason, and abort inside a timer.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('listener 1', ac.signal.reason));
ac.signal.onabort = () => console.log('onabort');
ac.signal.addEventListener('abort', () => console.log('once listener'), { once: true });
setTimeout(() => {
  console.log('aborting');
  ac.abort('stop');
  console.log('aborted?', ac.signal.aborted);
  ac.abort('again');
}, 1);
process.nextTick(() => console.log('tick'));
