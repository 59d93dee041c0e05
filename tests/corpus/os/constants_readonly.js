// os.constants and os.EOL are not writable.
const os = require('os');
os.EOL = 'x';
os.constants = {};
console.log(JSON.stringify(os.EOL), typeof os.constants);
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
