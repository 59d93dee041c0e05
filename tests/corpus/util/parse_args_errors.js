// parseArgs' strict-mode errors.
const { parseArgs } = require('util');
const opts = { foo: { type: 'boolean' }, bar: { type: 'string', short: 'b' } };
for (const args of [['--nope'], ['pos'], ['--bar'], ['-b'], ['--foo=x']]) {
  try { parseArgs({ args, options: opts }); } catch (e) { console.log(e.name, e.code, e.message); }
}
