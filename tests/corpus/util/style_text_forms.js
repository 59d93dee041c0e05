const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'x')));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'y')));
try { util.styleText('nocolor', 'z'); } catch (e) { console.log(e.code, e.message.slice(0, 80)); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
