// Error.captureStackTrace(target, fn) leaves out the frames down to fn's call, even when fn is
// the loop's callback itself: the loop's own frames stay.
const show = (...items) => console.log(...items.map((s) => typeof s === 'string' ? s.replaceAll(__dirname, '.') : s));
process.nextTick(function f() { const e = {}; Error.captureStackTrace(e, f); show(e.stack); });
setTimeout(function g() {
  const e = new Error('g'); Error.captureStackTrace(e, g); show(e.stack);
  setImmediate(function h(a) {
    const e = new Error('h'); Error.captureStackTrace(e, h); show(e.stack);
    // A method called through another name: the frame is `Timeout.k [as _onTimeout]`.
    const obj = { k() { const e = {}; Error.captureStackTrace(e, obj.k); return e.stack; } };
    setTimeout(() => show(obj.k()), 2);
    setTimeout(function later() { show('later', obj.k().split('\n').length); }, 3);
    setTimeout(() => { const e = {}; Error.captureStackTrace(e, obj.k); show(e.stack); }, 4);
  }, 1);
});
