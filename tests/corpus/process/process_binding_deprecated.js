// A runtime-deprecated binding warns with DEP0111 at every access, not once.
for (let i = 0; i < 2; i++) {
  try { process.binding('http_parser'); } catch { /* looplab does not model the binding itself */ }
}
process.on('warning', (w) => console.log('warning event:', w.name, w.code));
console.log('done');
