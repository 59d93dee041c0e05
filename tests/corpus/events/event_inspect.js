// Event objects: their keys, static phases, inspect at depth -1, toString tags (timeStamp omitted: it is real time).
const util = require('util');
const e = new Event('foo', { cancelable: true, bubbles: true, composed: true });
console.log(e.type, e.cancelable, e.bubbles, e.composed, e.isTrusted, e.defaultPrevented, e.target, e.srcElement);
console.log(typeof e.timeStamp, Object.keys(e));
console.log(Object.keys(Event.prototype));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(util.inspect(e, { depth: -1 }), String(e), Object.prototype.toString.call(new CustomEvent('c')));
console.log(util.inspect(new EventTarget(), { depth: -1 }), [new EventTarget()]);
e.initEvent('bar', false, false);
console.log(e.type, e.cancelable, e.bubbles);
