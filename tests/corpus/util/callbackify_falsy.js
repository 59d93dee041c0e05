// callbackify wraps a falsy rejection in ERR_FALSY_VALUE_REJECTION, keeping it as `reason`.
const util = require('util');
for (const v of [null, undefined, 0, '', false]) {
  util.callbackify(() => Promise.reject(v))((err) => {
    console.log(err instanceof Error, err.code, err.message, err.reason);
  });
}
util.callbackify(async () => 'value')((err, v) => console.log(err, v));
