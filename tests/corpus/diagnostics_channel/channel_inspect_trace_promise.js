const dc = require('diagnostics_channel');
const ch = dc.channel('app:log');
console.log(ch, ch.hasSubscribers, dc.hasSubscribers('app:log'));
function onMessage(msg, name) { console.log('got', msg, name); }
dc.subscribe('app:log', onMessage);
ch.publish({ level: 'info' });
console.log(ch, ch instanceof dc.Channel);
console.log(dc.unsubscribe('app:log', onMessage), ch.hasSubscribers);
const tc = dc.tracingChannel('x');
console.log(tc.start, Object.getOwnPropertyNames(tc), Object.getOwnPropertyDescriptor(tc, 'start').writable);
const r = tc.tracePromise(() => 5, {}); console.log(r);
tc.subscribe({ end() {} });
const r2 = tc.tracePromise(() => ({ then(res) { res(7); } }), {}); console.log(r2 instanceof Promise);
r2.then((v) => console.log('thenable', v));
