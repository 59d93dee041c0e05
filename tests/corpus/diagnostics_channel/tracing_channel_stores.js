// A tracing channel whose start channel binds an AsyncLocalStorage: the traced call and
// everything it schedules see the context.
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');
const storage = new AsyncLocalStorage();
const tc = dc.tracingChannel('request');
tc.start.bindStore(storage, (ctx) => ({ requestId: ctx.id }));
tc.subscribe({
  start(ctx) { console.log('start', ctx.id, storage.getStore()); },
  end(ctx) { console.log('end', ctx.id, storage.getStore()); },
  asyncStart(ctx) { console.log('asyncStart', ctx.id, ctx.result, storage.getStore()); },
  asyncEnd(ctx) { console.log('asyncEnd', ctx.id, storage.getStore()); },
  error(ctx) { console.log('error', ctx.id, ctx.error.message); },
});
async function handle(n) {
  console.log('handling', n, storage.getStore());
  await null;
  console.log('after await', storage.getStore());
  return n * 10;
}
tc.tracePromise(handle, { id: 'a' }, null, 1).then((v) => console.log('resolved', v, storage.getStore()));
console.log('outside', storage.getStore());
const ch = dc.channel('plain');
console.log(ch.hasSubscribers, ch.unbindStore(storage));
ch.bindStore(storage, (msg) => { if (msg.bad) throw new Error('transform failed'); return msg; });
console.log(ch.hasSubscribers, ch.runStores({ v: 1 }, function (x) { return [this.tag, x, storage.getStore()]; }, { tag: 't' }, 'arg'));
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
console.log(ch.runStores({ bad: true }, () => storage.getStore()));
console.log(ch.unbindStore(storage), ch.hasSubscribers);
