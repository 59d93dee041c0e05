// Instrumenting a function as a library would: several subscribers, an error path, and the
// context object each event shares.
import diagnosticsChannel from 'node:diagnostics_channel';
const tracing = diagnosticsChannel.tracingChannel('db:query');
const seen = [];
tracing.subscribe({
  start: (ctx) => { ctx.startedAt = seen.length; seen.push(`start ${ctx.sql}`); },
  end: (ctx) => seen.push(`end ${ctx.sql} result=${JSON.stringify(ctx.result)} error=${ctx.error?.message}`),
  error: (ctx) => seen.push(`error ${ctx.sql}: ${ctx.error.message}`),
});
tracing.start.subscribe((ctx, name) => seen.push(`second start subscriber on ${name}`));
function query(sql) {
  if (sql.includes('DROP')) throw new Error('forbidden');
  return [{ id: 1 }];
}
console.log(tracing.traceSync(query, { sql: 'SELECT 1' }, null, 'SELECT 1'));
try {
  tracing.traceSync(query, { sql: 'DROP TABLE' }, null, 'DROP TABLE');
} catch (err) {
  console.log('caught', err.message);
}
const ctx = { sql: 'SELECT 2' };
tracing.traceSync(query, ctx, null, 'SELECT 2');
console.log(ctx);
console.log(seen.join('\n'));
console.log(diagnosticsChannel.hasSubscribers('tracing:db:query:start'), diagnosticsChannel.hasSubscribers('tracing:db:query:asyncEnd'));
