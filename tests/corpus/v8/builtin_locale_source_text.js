// The locale-sensitive built-ins, Intl and Atomics print as V8's native functions, whatever
// looplab implements them with.
const fns = [Number.prototype.toLocaleString, Date.prototype.toLocaleDateString, String.prototype.localeCompare,
  Array.prototype.toLocaleString, Intl.NumberFormat, Intl.DateTimeFormat, Intl.getCanonicalLocales,
  Atomics.wait, Atomics.notify, Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get];
for (const f of fns) console.log(String(f));
console.log(typeof setTimeout.toString(), String(setTimeout).includes('[native code]'));
