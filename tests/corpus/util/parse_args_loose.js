// strict: false stores unknown options as booleans or strings and allows positionals.
const { parseArgs } = require('util');
const r = parseArgs({ args: ['--x', '--y=2', '-ab', 'pos', '-c', 'v', '--', '--z'], strict: false });
console.log(r.values, r.positionals);
const r2 = parseArgs({ args: ['--s'], options: { s: { type: 'string' } }, strict: false });
console.log(r2.values);
