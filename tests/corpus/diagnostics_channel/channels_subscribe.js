// diagnostics_channel: named channels, subscribers called with (message, name) in order,
// hasSubscribers before and after, unsubscribe's result, a channel object kept per name.
const dc = require('diagnostics_channel');
console.log(Object.keys(dc));
const ch = dc.channel('my-app:request');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-app:request'), ch instanceof dc.Channel);
const a = (msg, name) => console.log('a got', msg, name);
const b = (msg) => console.log('b got', msg.id);
ch.subscribe(a);
dc.subscribe('my-app:request', b);
console.log(ch.hasSubscribers, dc.channel('my-app:request') === ch, ch instanceof dc.Channel);
ch.publish({ id: 1 });
console.log(ch.unsubscribe(a), ch.unsubscribe(a), dc.unsubscribe('my-app:request', b));
console.log(ch.hasSubscribers, dc.hasSubscribers('never-made'));
ch.publish({ id: 2 });
try { dc.channel(42); } catch (e) { console.log(e.code, e.message); }
try { ch.subscribe('nope'); } catch (e) { console.log(e.code, e.message); }
const sym = Symbol('s');
dc.subscribe(sym, (m, n) => console.log('symbol channel', m, String(n)));
dc.channel(sym).publish('hi');
