// AbortSignal.timeout(ms): a DOMException TimeoutError after ms, on an unref'd timer.
const s = AbortSignal.timeout(10);
s.addEventListener('abort', () => {
  console.log('aborted', s.reason.name, s.reason.message, s.reason.code);
});
setTimeout(() => console.log('timer 5'), 5);
setTimeout(() => console.log('timer 20'), 20);
console.log('sync', s.aborted);
