// callbackify keeps `this`; an exception in the callback is an uncaught exception.
const util = require('util');
const obj = {
  n: 7,
  method: util.callbackify(async function () { return this.n; }),
};
obj.method((err, v) => {
  console.log('got', v);
  throw new Error('thrown in callback');
});
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
