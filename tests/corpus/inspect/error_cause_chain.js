const root = new TypeError('root problem');
const mid = new Error('middle', { cause: root });
const top = new RangeError('top level', { cause: mid });
const s = (e) => String(require('util').inspect(e)).split('\n').filter((l) => !l.includes('node:')).join('\n');
console.log(s(top).replace(/\(\/[^)]*\)/g, '(F)'));
const odd = new Error('odd', { cause: 'a string cause' });
console.log(s(odd).replace(/\(\/[^)]*\)/g, '(F)'));
const objCause = new Error('obj', { cause: { code: 42, detail: [1, 2] } });
console.log(s(objCause).replace(/\(\/[^)]*\)/g, '(F)'));
