// callbackify: the callback runs in a later tick; rejections become the error argument.
const util = require('util');
const ok = util.callbackify(async (x) => x * 2);
const bad = util.callbackify(async () => { throw new Error('nope'); });
const falsy = util.callbackify(() => Promise.reject(null));
ok(21, (err, v) => console.log('ok', err, v));
bad((err) => console.log('bad', err.message));
falsy((err) => console.log('falsy', err.code, err.message, err.reason));
console.log('sync', ok.name, ok.length);
