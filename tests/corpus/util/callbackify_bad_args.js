// callbackify validates its arguments.
const util = require('util');
try { util.callbackify(5); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(async () => {})(1, 2); } catch (e) { console.log(e.code, e.message); }
