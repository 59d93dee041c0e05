const { parseEnv } = require('node:util');
const sample = [
  '# database settings',
  'DB_HOST=localhost',
  'DB_PORT = 5432 ',
  'export API_KEY=abc123',
  'GREETING="hello\\nworld"',
  "RAW='keep\\nas is'",
  'TICKS=`back ticks`',
  'EMPTY=',
  'INLINE=value # trailing comment',
  'HASH="a#b"',
  'UNCLOSED="oops',
  'NEXT=after',
  'MULTI="line one',
  'line two"',
  'DUP=first',
  'DUP=second',
  'zeta=last',
  'Alpha=first',
  '10=ten',
  'WIN=crlf\r',
].join('\n');
console.log(parseEnv(sample));
console.log(parseEnv(''), parseEnv('no equals here'), parseEnv('A=1\n=oops\nB=2'), parseEnv('# only=comment'));
try { parseEnv(42); } catch (err) { console.log(err.code, err.message); }
try { parseEnv(Buffer.from('A=1')); } catch (err) { console.log(err.code, err.message); }
