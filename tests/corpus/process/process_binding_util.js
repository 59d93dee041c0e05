// process.binding: the legacy util wrapper, an unknown module, and _linkedBinding with no addon linked.
console.log(typeof process.binding, process.binding.name, process.binding.length);
console.log(Object.keys(process.binding('util')));
console.log(process.binding('util').isDate(new Date()), process.binding('util').isPromise({}));
try { process.binding('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.binding(); } catch (e) { console.log(e.name, e.code, e.message); }
try { process._linkedBinding('addon'); } catch (e) { console.log(e.name, e.code, e.message); }
