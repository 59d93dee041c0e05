// addEventListener options: once, and signal (removes the listener when that signal aborts).
const target = new EventTarget();
const remover = new AbortController();
target.addEventListener('ping', () => console.log('ping (until aborted)'), { signal: remover.signal });
target.addEventListener('ping', () => console.log('ping once'), { once: true });
target.dispatchEvent(new Event('ping'));
remover.abort();
target.dispatchEvent(new Event('ping'));
target.addEventListener('ping', () => console.log('never: signal already aborted'), { signal: remover.signal });
console.log(target.dispatchEvent(new Event('ping')));
try {
  target.addEventListener('ping', () => {}, { signal: 'nope' });
} catch (e) {
  console.log(e.code, e.message);
}
