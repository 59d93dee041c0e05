// parseArgs validates its configuration with Node's messages.
const { parseArgs } = require('util');
const configs = [
  { args: 'nope' },
  { options: { f: { type: 'number' } } },
  { options: { f: { type: 'string', short: 'ab' } } },
  { options: { f: { type: 'boolean', default: 'x' } } },
  { options: { f: { type: 'string', multiple: true, default: 'x' } } },
  { options: { f: 'x' } },
  { strict: 'yes' },
  { options: { f: { type: 'boolean', multiple: 'no' } } },
];
for (const config of configs) {
  try {
    parseArgs(config);
    console.log('accepted');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
