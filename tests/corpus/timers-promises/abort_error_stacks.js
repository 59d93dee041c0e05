// The AbortError of timers/promises carries Node's frames (the listener, the 'abort' dispatch,
// AbortController.abort or the timeout signal's timer) and its cause the DOMException's.
const tp = require('timers/promises');
const show = (e) => console.log(e.stack.replaceAll(__dirname, '$DIR'), '\n  cause:', typeof e.cause?.stack === 'string' ? e.cause.stack.replaceAll(__dirname, '$DIR') : e.cause);
(async () => {
  try { await tp.setTimeout(50, 1, { signal: AbortSignal.timeout(5) }); } catch (e) { show(e); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 5);
  try { await tp.setImmediate(1, { signal: AbortSignal.abort('r') }); } catch (e) { show(e); }
  try { await tp.setTimeout(50, 1, { signal: ac.signal }); } catch (e) { show(e); }
  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(), 7);
  try { for await (const x of tp.setInterval(5, 1, { signal: ac2.signal })) console.log('i'); } catch (e) { show(e); }
  const ac5 = new AbortController();
  const p = tp.setTimeout(50, 1, { signal: ac5.signal });
  ac5.abort();
  try { await p; } catch (e) { show(e); }
  const { setTimeout: sleep } = tp;
  try { await sleep(5, 1, { signal: AbortSignal.abort() }); } catch (e) { show(e); }
})();
