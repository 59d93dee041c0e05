const { parseArgs } = require('util');
const tries = [
  { args: ['--nope'], options: {} },
  { args: ['-x'], options: {} },
  { args: ['--name'], options: { name: { type: 'string' } } },
  { args: ['--flag=1'], options: { flag: { type: 'boolean' } } },
  { args: ['pos'], options: {}, allowPositionals: false },
  { args: ['-n'], options: { name: { type: 'string', short: 'n' } } },
  { args: [], options: { a: { type: 'number' } } },
  { args: [], options: { a: { type: 'string', short: 'ab' } } },
  { args: [], options: { a: { type: 'string', default: 5 } } },
  { args: [], options: { a: { type: 'boolean', multiple: true, default: [1] } } },
  { args: ['--a', '-b'], options: { a: { type: 'string' }, b: { type: 'boolean' } } },
  { args: ['-ab'], options: { a: { type: 'boolean' }, b: { type: 'string' } } },
];
for (const t of tries) {
  try { console.log(parseArgs(t)); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
try { parseArgs({ args: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { parseArgs({ unknown: true }); } catch (e) { console.log(e.code, e.message); }
