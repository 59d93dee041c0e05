// match and doesNotMatch.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.match('abc', /b/));
show(() => assert.match('abc', /x/));
show(() => assert.match(5, /b/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.doesNotMatch('abc', /x/));
show(() => assert.match('abc', 'b'));
show(() => assert.match('abc', /x/, 'custom'));
