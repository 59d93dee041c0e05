// events.once works on an EventTarget too, resolving with [event].
const { once } = require('events');
const t = new EventTarget();
once(t, 'ping').then(([event]) => console.log('got', event.type, event instanceof Event));
t.dispatchEvent(new Event('ping'));
t.dispatchEvent(new Event('ping'));
console.log('dispatched');
