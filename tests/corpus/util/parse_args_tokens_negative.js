const { parseArgs } = require('util');
const r = parseArgs({ args: ['-f', '--bar', 'b', 'pos', '--no-color', '-abc'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' }, color: { type: 'boolean' }, a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'boolean', short: 'c' } }, allowPositionals: true, allowNegative: true, tokens: true });
console.log(r);
try { parseArgs({ args: ['--unknown'], options: {} }); } catch (e) { console.log(e.code, e.message); }
try { parseArgs({ args: ['pos'], options: {} }); } catch (e) { console.log(e.code, e.message); }
console.log(parseArgs({ args: ['--m', '1', '--m', '2'], options: { m: { type: 'string', multiple: true, default: ['0'] }, d: { type: 'string', default: 'dflt' } } }));
console.log(parseArgs({ args: ['--', '--x'], options: {}, allowPositionals: true, strict: true }));
console.log(parseArgs({ args: ['--x=3', '-y'], strict: false }));
