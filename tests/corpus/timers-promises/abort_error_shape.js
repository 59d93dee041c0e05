const { setTimeout, setImmediate } = require('timers/promises');
const ac = new AbortController();
setTimeout(1000, 'x', { signal: ac.signal }).catch((e) => {
  console.log(e.name, e.code, e.message, e instanceof Error, e.constructor.name);
  console.log(Object.keys(e), e.cause instanceof Error ? e.cause.message : e.cause);
});
const ac2 = new AbortController();
setImmediate('y', { signal: ac2.signal }).catch((e) => console.log('imm', e.name, e.cause.message));
ac2.abort(new Error('why'));
setTimeout(5).then(() => ac.abort());
