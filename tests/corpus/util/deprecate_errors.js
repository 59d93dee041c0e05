// deprecate's argument checks.
const util = require('util');
try { util.deprecate('not fn', 'msg'); } catch (e) { console.log(e.code, e.message); }
try { util.deprecate(() => {}, 'msg', 42); } catch (e) { console.log(e.code, e.message); }
const d = util.deprecate(function named() {}, 'm');
console.log(typeof d, d.name);
