// notStrictEqual and notDeepStrictEqual messages.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('abcdef', 'abcdef'));
show(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
const o = { a: 1 };
show(() => assert.notStrictEqual(o, o));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual(1, 1));
show(() => assert.notDeepStrictEqual('abcdef', 'abcdef'));
show(() => assert.notDeepStrictEqual([1], [2]));
