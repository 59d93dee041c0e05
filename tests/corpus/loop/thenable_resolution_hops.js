// Resolving with a thenable or a promise costs extra microtask hops.
const log = (s) => () => console.log(s);
new Promise((r) => r(Promise.resolve())).then(log('resolved with promise'));
new Promise((r) => r({ then(f) { f(); } })).then(log('resolved with thenable'));
Promise.resolve().then(log('a1')).then(log('a2')).then(log('a3')).then(log('a4'));
(async () => { return Promise.resolve(); })().then(log('async returning promise'));
(async () => {})().then(log('async returning nothing'));
