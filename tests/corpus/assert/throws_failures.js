// throws' failure messages.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));
show(() => assert.throws(() => { throw new Error('x'); }, /y/));
show(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
show(() => assert.throws(() => { throw new Error('x'); }, { message: 'x', name: 'TypeError' }));
show(() => assert.throws(() => { throw new Error('x'); }, (e) => false));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, TypeError, 'should throw'));
show(() => assert.throws(() => {}, 'should throw'));
