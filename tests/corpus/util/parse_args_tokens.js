// parseArgs with tokens: true lists every option, positional and terminator.
const { parseArgs } = require('util');
const result = parseArgs({
  args: ['-f', '--bar', 'b', 'pos', '--', '--not-option'],
  options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } },
  allowPositionals: true,
  tokens: true,
});
console.log(result.values, result.positionals);
for (const t of result.tokens) console.log(t);
