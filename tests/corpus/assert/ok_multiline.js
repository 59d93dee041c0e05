// A call spread over lines is quoted with its indentation normalized.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
const a = 1;
show(() => {
  assert(
    a > 1 &&
      a < 5,
  );
});
show(() => assert.ok(['(', ')'].includes(a)));
