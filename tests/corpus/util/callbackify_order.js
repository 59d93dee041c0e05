// callbackify's callback runs after promise callbacks queued before it.
const util = require('util');
const f = util.callbackify(async () => 'v');
f((err, v) => console.log('callback', v));
Promise.resolve().then(() => console.log('then'));
process.nextTick(() => console.log('tick'));
