// CustomEvent carries detail (null when not given) to EventTarget listeners.
const t = new EventTarget();
t.addEventListener('data', (e) => console.log('got', e.detail, e instanceof CustomEvent, e instanceof Event));
t.dispatchEvent(new CustomEvent('data', { detail: { n: 1, list: [1, 2] } }));
t.dispatchEvent(new CustomEvent('data'));
console.log(Object.keys(CustomEvent.prototype));
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')); } catch (err) { console.log(err.code, err.message); }
