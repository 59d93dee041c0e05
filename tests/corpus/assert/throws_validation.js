// throws with a validation object, a class, a function and a regexp.
const assert = require('assert');
const err = Object.assign(new TypeError('bad thing'), { code: 'E_BAD' });
assert.throws(() => { throw err; }, { name: 'TypeError', code: 'E_BAD' });
assert.throws(() => { throw err; }, TypeError);
assert.throws(() => { throw err; }, (e) => e.code === 'E_BAD');
assert.throws(() => { throw err; }, /bad/);
console.log('all passed');
try { assert.throws(() => { throw err; }, { code: 'E_OTHER', message: 'bad thing' }); } catch (e) { console.log(e.message); }
try { assert.throws(() => { throw err; }, RangeError); } catch (e) { console.log(e.name, e.message); }
