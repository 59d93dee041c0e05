// fail and ifError.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new RangeError('own')));
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(new Error('bad')));
show(() => assert.ifError('str'));
show(() => assert.ifError(new Error('')));
