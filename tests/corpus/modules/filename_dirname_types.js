// __filename and __dirname are strings; only relative facts are printed.
const path = require('path');
console.log(typeof __filename, typeof __dirname);
console.log(path.basename(__filename), path.dirname(__filename) === __dirname);
