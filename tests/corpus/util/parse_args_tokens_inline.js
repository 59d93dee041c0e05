// Tokens for --name=value, short groups and an inline short value.
const { parseArgs } = require('util');
const { tokens, values } = parseArgs({
  args: ['--bar=x', '-ab', '-cval'],
  options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'string' }, bar: { type: 'string' } },
  tokens: true,
});
console.log(values);
console.log(tokens);
