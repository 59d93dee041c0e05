// A catch attached in the same drain (a tick, a microtask) is in time: no event.
process.on('unhandledRejection', () => console.log('never'));
const p = Promise.reject(new Error('x'));
process.nextTick(() => p.catch((e) => console.log('caught in tick', e.message)));
const q = Promise.reject(new Error('y'));
Promise.resolve().then(() => q.catch((e) => console.log('caught in microtask', e.message)));
