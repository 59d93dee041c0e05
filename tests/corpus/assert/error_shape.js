// AssertionError's own properties, name, code, toString and stack header.
const assert = require('assert');
try { assert.strictEqual(1, 2); } catch (e) {
  console.log(e instanceof assert.AssertionError, e instanceof Error, e.name, e.code);
  console.log(Object.keys(e), e.actual, e.expected, e.operator, e.generatedMessage);
  console.log(Object.getOwnPropertyDescriptor(e, 'name'));
  console.log(e.stack.split('\n')[0]);
  console.log(String(e));
}
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message);
const m = new assert.AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'foo' });
console.log(m.message, m.generatedMessage, m.operator);
try { new assert.AssertionError(); } catch (err) { console.log(err.code, err.message); }
