// The global object as Node prints it: its enumerable globals in Node's order, the lazy
// accessors (atob, btoa, performance, crypto) as getters and setters.
console.log(globalThis);
console.log(Object.keys(globalThis));
for (const name of ['atob', 'performance', 'crypto', 'fetch', 'clearInterval', 'process', 'console', 'Buffer']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, Object.keys(d).join(), d.enumerable, d.get?.name, d.set?.name, typeof globalThis[name]);
}
atob = 'replaced';
console.log(atob, Object.getOwnPropertyDescriptor(globalThis, 'atob'));
performance = 1;
console.log(Object.keys(globalThis).slice(-4), performance);
console.log(clearInterval.name, clearInterval.length);
