function fixed(e, frames = '    at f (f.js:1:1)') { e.stack = `${e.name}: ${e.message}\n${frames}`; return e; }
const e = fixed(new Error('with props'));
e.code = 'E_CODE';
e.details = { retry: true, attempts: [1, 2] };
console.log(e);
console.log([e]);
console.log({ wrapped: { e } });
const sym = fixed(new Error('symbol prop'));
sym[Symbol('meta')] = 'm';
console.log(sym);
const multi = fixed(new Error('line one\nline two'));
console.log(multi);
const t = fixed(new TypeError('typed'), '');
console.log(t, [t]);
const noFrames = new RangeError('bare');
noFrames.stack = 'RangeError: bare';
console.log(noFrames, { noFrames });
