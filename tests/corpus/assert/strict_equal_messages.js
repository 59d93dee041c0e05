// strictEqual's messages: the short one-liner, the diff with a column indicator, objects.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1, 2], [1, 3]));
show(() => assert.strictEqual(function f() {}, function g() {}));
