'use strict';
// Assigning os.EOL in strict code throws.
const os = require('os');
try { os.EOL = 'x'; } catch (e) { console.log(e.name); }
