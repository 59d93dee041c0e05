// Function names and arities, as Node's lib/os.js defines them.
const os = require('os');
for (const k of Object.keys(os)) if (typeof os[k] === 'function') console.log(k, os[k].name, os[k].length);
