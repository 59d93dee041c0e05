const et = new EventTarget();
et.addEventListener('x', (e) => { console.log('first'); e.stopImmediatePropagation(); });
et.addEventListener('x', () => console.log('second'));
const ev = new Event('x', { cancelable: true });
et.addEventListener('y', (e) => { e.preventDefault(); console.log('prevented', e.defaultPrevented); });
console.log(et.dispatchEvent(ev));
console.log(et.dispatchEvent(new Event('y', { cancelable: true })));
console.log(et.dispatchEvent(new Event('y')));
