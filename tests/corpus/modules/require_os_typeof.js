// require('os') loads; only machine-independent facts are printed.
const os = require('os');
console.log(typeof os.platform, typeof os.EOL, os === require('node:os'));
