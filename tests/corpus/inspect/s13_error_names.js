class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
class DbError extends Error {}
DbError.prototype.name = 'DatabaseError';
class Quiet extends Error { get name() { return 'QuietName'; } }
const e1 = new ValidationError('bad input');
console.log(e1.stack.split('\n')[0], String(e1));
console.log({ e: new DbError('conn') }.e.stack.split('\n')[0]);
console.log(require('util').inspect(new Quiet('q')).split('\n')[0]);
const e2 = new Error('msg'); e2.name = 'Custom';
console.log(require('util').inspect(e2).split('\n')[0]);
const e3 = new TypeError('t'); e3.name = 'Other';
console.log(require('util').inspect(e3).split('\n')[0]);
const e4 = new Error('x'); e4.name = '';
console.log(require('util').inspect(e4).split('\n')[0]);
