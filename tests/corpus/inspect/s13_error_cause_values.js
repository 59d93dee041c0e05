const a = new Error('a', { cause: 'just a string' });
const b = new Error('b', { cause: { code: 42, detail: { deep: { deeper: 1 } } } });
const c = new Error('c', { cause: null });
const d = new Error('d', { cause: undefined });
const e = new Error('e', { cause: [1, 2, 3] });
const f = new Error('f', { cause: 0 });
for (const err of [a, b, c, d, e, f]) {
  const lines = require('util').inspect(err).split('\n');
  console.log(lines[0], '|', lines.filter((l) => !l.trim().startsWith('at ')).slice(1).join('/'));
}
console.log('cause' in new Error('x'), 'cause' in d, Object.getOwnPropertyDescriptor(a, 'cause'));
