// EventTarget: listeners run in order, synchronously; dispatchEvent returns !defaultPrevented.
const t = new EventTarget();
console.log(t);
function first(e) { console.log('first', e.type, this === t, e.eventPhase, e.composedPath().length); }
t.addEventListener('go', first);
t.addEventListener('go', first); // the same listener twice is ignored
t.addEventListener('go', first, true); // ... but not with another capture flag
t.addEventListener('go', { handleEvent(e) { console.log('handleEvent', this === t, e.type); } });
console.log(t.dispatchEvent(new Event('go')));
t.removeEventListener('go', first);
console.log(t.dispatchEvent(new Event('go')));
t.removeEventListener('go', first, { capture: true });
const cancel = new Event('c', { cancelable: true });
t.addEventListener('c', (e) => e.preventDefault());
console.log(t.dispatchEvent(cancel), cancel.defaultPrevented, cancel.returnValue);
const notCancelable = new Event('c');
console.log(t.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
console.log(cancel.target === t, cancel.currentTarget, cancel.eventPhase);
