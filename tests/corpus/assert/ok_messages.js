// assert() and assert.ok() quote the call from the source.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
const x = 0;
show(() => assert(x));
show(() => assert.ok(x === 1));
show(() => assert.ok(typeof x === 'string'));
show(() => assert(false));
show(() => assert.ok(''));
show(() => assert.ok());
show(() => assert(null, undefined));
show(() => assert.strict.ok(x));
