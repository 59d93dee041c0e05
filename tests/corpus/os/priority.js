// getPriority of this process is a number in [-20, 19]; out-of-range priorities throw.
const os = require('os');
const p = os.getPriority();
console.log(typeof p, p >= -20 && p <= 19);
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code); }
