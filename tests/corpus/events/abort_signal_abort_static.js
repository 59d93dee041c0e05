// AbortSignal.abort() is born aborted; listeners added later never fire.
const s = AbortSignal.abort();
console.log(s, s.aborted, s.reason.name, s.reason.message);
s.addEventListener('abort', () => console.log('never'));
const s2 = AbortSignal.abort('reason');
console.log(s2.reason);
console.log(Object.prototype.toString.call(s), String(s));
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
