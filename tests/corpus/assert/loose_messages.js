// equal, notEqual, deepEqual, notDeepEqual messages.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.equal(1, 2));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(1, '1'));
show(() => assert.notEqual(1, 1));
show(() => assert.notEqual(1, '1'));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual(1, 2));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual(1, 2));
