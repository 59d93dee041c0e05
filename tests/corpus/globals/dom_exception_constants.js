// DOMException: names, legacy codes, the WebIDL constants, and how errors of that kind print.
const d = new DOMException('msg', 'AbortError');
console.log(d.name, d.message, d.code, DOMException.ABORT_ERR, d.ABORT_ERR, String(d), d instanceof Error);
console.log(new DOMException('x').name, new DOMException('x').code, new DOMException('y', 'NotFoundError').code, new DOMException('z', 'Custom').code);
console.log(Object.keys(DOMException).length, Object.keys(DOMException.prototype).slice(0, 4));
console.log(Object.getOwnPropertyDescriptor(DOMException, 'DATA_CLONE_ERR'));
try { structuredClone(() => {}); } catch (e) { console.log(e.name, e.message, e.code, e instanceof DOMException); }
try { atob('*'); } catch (e) { console.log(e.name, e.code, e.message); }
const ac = new AbortController(); ac.abort();
console.log(ac.signal.reason.name, ac.signal.reason.code, ac.signal.reason.message);
