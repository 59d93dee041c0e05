// util's argument errors: promisify and callbackify validate through hideStackFrames;
// inherits throws its own errors, from lib/util.js.
const util = require('util');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
for (const call of [
  () => util.promisify(1),
  () => util.callbackify('x'),
  () => util.inherits(null),
  () => util.inherits(function A() {}),
  () => util.inherits(function A() {}, {}),
]) {
  try { call(); } catch (e) { show(e); }
}
util.inherits(function B() {}, { prototype: undefined });
