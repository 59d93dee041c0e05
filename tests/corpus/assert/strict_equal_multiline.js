// strictEqual on multi-line strings shows a line diff.
const assert = require('assert');
try {
  assert.strictEqual('line one\nline two\nline three', 'line one\nline 2\nline three');
} catch (e) {
  console.log(e.message);
}
try {
  assert.strictEqual('a'.repeat(10), 'a'.repeat(9) + 'b');
} catch (e) {
  console.log(e.message);
}
