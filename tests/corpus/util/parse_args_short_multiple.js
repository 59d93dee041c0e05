// Short options, multiple values and defaults together.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v', multiple: true },
  include: { type: 'string', short: 'I', multiple: true, default: ['base'] },
  name: { type: 'string', short: 'n', default: 'anon' },
  color: { type: 'boolean', default: false },
};
console.log(parseArgs({ args: ['-vvv', '-I', 'a', '-Ib', '--include=c'], options }).values);
console.log(parseArgs({ args: [], options }).values);
console.log(parseArgs({ args: ['-n', 'bob', '--color'], options }).values);
