const util = require('util');
const f = util.deprecate(() => 'f', 'f() is old', 'DEP_F');
const g = util.deprecate(() => 'g', 'g() is old', 'DEP_F');
const h = util.deprecate(function h() { return 'h'; }, 'h() is old');
process.on('warning', (w) => console.log('warning event', w.code, w.message));
console.log(f(), f(), g(), h(), h());
console.log(f.name, h.name, h.length);
try { util.deprecate(() => {}, 'msg', 42); } catch (e) { console.log(e.code, e.message); }
try { util.deprecate('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
