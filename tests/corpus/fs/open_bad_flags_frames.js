// fs.open and fs.openSync with flags Node does not know: stringToFlags throws, under the
// API's own frame.
const fs = require('fs');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
try { fs.openSync('never_made.txt', 'zz'); } catch (e) { show(e); }
try { fs.open('never_made.txt', 'rw', () => {}); } catch (e) { show(e); }
fs.openSync('never_made.txt', 'q');
