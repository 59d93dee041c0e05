const et = new EventTarget();
et.addEventListener('foo', () => console.log('1'));
et.addEventListener('foo', { handleEvent(e) { console.log('2', e.type, this === obj); } });
const obj = null;
et.addEventListener('foo', (e) => { console.log('3'); e.stopImmediatePropagation(); });
et.addEventListener('foo', () => console.log('4 never'));
et.addEventListener('foo', () => console.log('once'), { once: true });
console.log(et.dispatchEvent(new Event('foo')));
et.dispatchEvent(new Event('foo'));
