// AbortSignal.any: aborts with the first source to abort; later aborts change nothing.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted:', any.reason));
b.signal.addEventListener('abort', () => console.log('b aborted'));
console.log(any.aborted);
b.abort('from b');
a.abort('from a');
console.log(any.aborted, any.reason);
const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
console.log(already.aborted, already.reason);
const nested = AbortSignal.any([AbortSignal.any([a.signal])]);
console.log(nested.aborted);
const c = new AbortController();
const fromComposite = AbortSignal.any([AbortSignal.any([c.signal])]);
fromComposite.onabort = () => console.log('nested composite aborted', fromComposite.reason);
c.abort('c');
try { AbortSignal.any([1]); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any('x'); } catch (e) { console.log(e.code, e.message); }
console.log(AbortSignal.any([]).aborted);
