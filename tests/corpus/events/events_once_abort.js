// events.once with an AbortSignal: aborting rejects with an AbortError (cause: the reason).
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
const ac = new AbortController();
once(e, 'never', { signal: ac.signal }).catch((err) => {
  console.log(err.name, err.code, err.message, err.cause);
  console.log(e.listenerCount('never'), e.listenerCount('error'));
});
ac.abort('changed my mind');
once(e, 'x', { signal: AbortSignal.abort() }).catch((err) => console.log('pre-aborted:', err.name, err.cause.name));
once(e, 'x', { signal: 'nope' }).catch((err) => console.log(err.code, err.message));
