// Strict mode errors for short options and values that look like options.
const { parseArgs } = require('util');
const options = { file: { type: 'string', short: 'f' }, quiet: { type: 'boolean', short: 'q' } };
for (const args of [['-x'], ['-qx'], ['--file', '--quiet'], ['-f', '-q'], ['-q=1'], ['--quiet=yes'], ['--unknown=3'], ['stray']]) {
  try {
    console.log(parseArgs({ args, options }).values);
  } catch (e) {
    console.log(e.code, '|', e.message);
  }
}
