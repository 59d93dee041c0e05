// Array and String methods called on null: V8's receiver checks name the method or say ToObject's words.
for (const m of Object.getOwnPropertyNames(Array.prototype).sort()) {
  if (typeof Array.prototype[m] !== 'function' || m === 'constructor') continue;
  try { Array.prototype[m].call(null, () => 1); console.log(m, 'ok'); } catch (e) { console.log(m, e.message); }
}
for (const m of Object.getOwnPropertyNames(String.prototype).sort()) {
  if (typeof String.prototype[m] !== 'function' || m === 'constructor') continue;
  try { String.prototype[m].call(null, 'a'); console.log(m, 'ok'); } catch (e) { console.log(m, e.message); }
}
