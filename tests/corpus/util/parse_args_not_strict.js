// parseArgs with strict: false keeps unknown options and positionals.
const { parseArgs } = require('util');
console.log(parseArgs({ args: ['--foo', '--zz', 'p', '-x'], options: { foo: { type: 'boolean' } }, strict: false }));
