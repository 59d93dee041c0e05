const show = (...items) => console.log(...items.map((s) => typeof s === 'string' ? s.replaceAll(__dirname, '.') : s));
// callbackify calls back on a tick; a falsy rejection is wrapped in ERR_FALSY_VALUE_REJECTION,
// whose stack hides callbackifyOnRejected.
const util = require('util');
const lookup = util.callbackify(async (id) => {
  if (id === 1) throw null;
  if (id === 2) throw new Error('not found');
  return { id };
});
lookup(0, (err, value) => show('found', err, value, new Error('in success cb').stack));
lookup(1, (err) => show(err, err.reason));
lookup(2, (err) => show(err.message, new Error('in failure cb').stack));
