// throws passes for each way of describing the expected error.
const assert = require('assert');
assert.throws(() => { throw new TypeError('bad thing'); });
assert.throws(() => { throw new TypeError('bad thing'); }, TypeError);
assert.throws(() => { throw new TypeError('bad thing'); }, Error);
assert.throws(() => { throw new TypeError('bad thing'); }, /bad/);
assert.throws(() => { throw new TypeError('bad thing'); }, { name: 'TypeError', message: 'bad thing' });
assert.throws(() => { throw new TypeError('bad thing'); }, { message: /thing$/ });
assert.throws(() => { throw new TypeError('bad thing'); }, (err) => err instanceof TypeError && /bad/.test(err.message));
assert.throws(() => { const e = new Error('x'); e.code = 'E1'; throw e; }, { code: 'E1' });
console.log('all passed');
