const dc = require('node:diagnostics_channel');
const tc = dc.tracingChannel('my-op');
console.log(tc, Object.keys(tc), tc.hasSubscribers, tc.start.name, typeof tc.start);
const log = (label) => (msg, name) => console.log(label, name, JSON.stringify(msg, (k, v) => (v instanceof Error ? `Error(${v.message})` : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
console.log('no subscribers:', tc.traceSync(() => 1, { id: 0 }));
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log('sync result', tc.traceSync(function (a, b) { return a + b + this.k; }, { id: 1 }, { k: 10 }, 1, 2));
try { tc.traceSync(() => { throw new Error('sync boom'); }, { id: 2 }); } catch (e) { console.log('caught', e.message); }
tc.tracePromise(async (x) => x * 2, { id: 3 }, null, 21).then((v) => console.log('promise result', v));
tc.tracePromise(async () => { throw new Error('async boom'); }, { id: 4 }).catch((e) => console.log('promise caught', e.message));
tc.traceCallback((n, cb) => setTimeout(() => cb(null, n + 1), 1), 1, { id: 5 }, null, 41, (err, res) => console.log('callback got', err, res));
tc.traceCallback((cb) => setTimeout(() => cb(new Error("cb boom")), 20), 0, { id: 6 }, null, (err) => console.log('callback err', err.message));
tc.traceCallback((a, cb) => cb(null, a), -1, { id: 7 }, null, 'x', (err, r) => console.log('last position', r));
try { tc.traceCallback(() => {}, 0, {}, null, 'not fn'); } catch (e) { console.log(e.code, e.message); }
console.log('sync end', tc.unsubscribe(handlers), tc.hasSubscribers, tc.unsubscribe(handlers));
const custom = dc.tracingChannel({ start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') });
console.log(custom.start.name, custom.error.name);
for (const bad of [5, null, { start: 1 }]) { try { dc.tracingChannel(bad); } catch (e) { console.log(e.code, e.message); } }
