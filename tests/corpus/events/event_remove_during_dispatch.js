// A listener removed during a dispatch does not run in that dispatch; one added does not either.
const t = new EventTarget();
const b = () => console.log('b');
const late = () => console.log('late');
t.addEventListener('x', () => { console.log('a'); t.removeEventListener('x', b); t.addEventListener('x', late); });
t.addEventListener('x', b);
t.dispatchEvent(new Event('x'));
console.log('--');
t.dispatchEvent(new Event('x'));
