// A listener of an EventTarget subclass: V8 names Node's frames for the receiver's type
// (`MyTarget.dispatchEvent`, the listener `MyTarget.<anonymous>`), an AbortSignal's as
// `EventTarget`; nested dispatches each name their own target.
const clean = (s) => s.split('\n').slice(0, 8).join('\n').replaceAll(__dirname, '.');
class MyTarget extends EventTarget {}
class Other extends MyTarget {}
const t = new MyTarget();
const o = new Other();
o.addEventListener('inner', function () { console.log(clean(new Error('inner').stack)); });
t.addEventListener('ping', () => {
  console.log(clean(new Error('in').stack));
  o.dispatchEvent(new Event('inner'));
});
t.dispatchEvent(new Event('ping'));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log(clean(new Error('abort').stack)));
ac.abort();
// A throwing listener is rethrown on a tick: its stack still names the subclass.
o.addEventListener('boom', () => { throw new Error('listener'); });
o.dispatchEvent(new Event('boom'));
