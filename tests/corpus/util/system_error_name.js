// getSystemErrorName maps negative errnos to names; the map has [name, message] pairs.
const util = require('util');
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-17));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-98));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
try { util.getSystemErrorName('x'); } catch (e) { console.log(e.code, e.message); }
