// abort(reason) keeps any value as the reason; throwIfAborted throws it as is.
const ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not aborted yet');
ac.abort({ why: 'custom' });
console.log(ac.signal.reason);
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('threw', e);
}
const ac2 = new AbortController();
ac2.abort(new Error('stop now'));
try { ac2.signal.throwIfAborted(); } catch (e) { console.log(e.message); }
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
