// AbortController: the signal, its 'abort' event (listener then onabort, in the order set), reason and inspect.
const ac = new AbortController();
console.log(ac);
console.log(ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => {
  console.log('listener', e.type, e.isTrusted, e.target === ac.signal, e.currentTarget === ac.signal, e.eventPhase);
});
ac.signal.onabort = (e) => console.log('onabort', e.type);
ac.abort();
ac.abort(); // a second abort does nothing
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code);
console.log(ac.signal.reason instanceof DOMException, ac.signal.reason instanceof Error);
console.log(ac);
