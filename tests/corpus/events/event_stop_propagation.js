// stopImmediatePropagation stops the later listeners of this dispatch; a stopped event stays stopped.
const t = new EventTarget();
t.addEventListener('s', (e) => { console.log('s1', e.cancelBubble); e.stopImmediatePropagation(); console.log(e.cancelBubble); });
t.addEventListener('s', () => console.log('s2 (never)'));
const e = new Event('s');
t.dispatchEvent(e);
t.dispatchEvent(e);
console.log('redispatched a stopped event: no listener ran');
const e2 = new Event('t');
t.addEventListener('t', (ev) => { ev.stopPropagation(); console.log('t1'); });
t.addEventListener('t', () => console.log('t2 still runs'));
t.dispatchEvent(e2);
const r = new Event('r');
t.addEventListener('r', (ev) => {
  try { t.dispatchEvent(ev); } catch (err) { console.log(err.name, err.code, err.message); }
});
t.dispatchEvent(r);
