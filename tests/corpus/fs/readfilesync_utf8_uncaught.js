// readFileSync with 'utf8' (or 'utf-8') is one call in Node 20 (binding.readFileUtf8), so an
// uncaught failure is reported from there; another encoding opens the file first.
const fs = require('fs');
try { fs.readFileSync('missing.txt', 'latin1'); } catch (e) { console.log(e.message); }
console.log('start');
fs.readFileSync('./missing-config.json', 'utf8');
