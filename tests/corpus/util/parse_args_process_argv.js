// Without args, parseArgs reads process.argv after the script (none here).
const { parseArgs } = require('util');
console.log(parseArgs({ options: { x: { type: 'boolean' } } }));
