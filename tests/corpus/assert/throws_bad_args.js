// throws validates its arguments.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.throws('x'));
show(() => assert.throws(() => { throw new Error('a'); }, 5));
show(() => assert.throws(() => { throw new Error('a'); }, {}));
