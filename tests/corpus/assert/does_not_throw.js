// doesNotThrow passes through a return, reports an unwanted exception.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.doesNotThrow(() => 1));
show(() => assert.doesNotThrow(() => { throw new Error('e'); }));
show(() => assert.doesNotThrow(() => { throw new Error('e'); }, 'because'));
show(() => assert.doesNotThrow(() => { throw new TypeError('e'); }, TypeError));
show(() => assert.doesNotThrow(() => { throw new TypeError('e'); }, RangeError));
