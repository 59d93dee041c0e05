// emitWarning's forms reach a 'warning' listener as Warning objects (name, code, message).
process.on('warning', (w) => console.log(w.name, '|', w.code, '|', w.message, '|', w instanceof Error));
process.emitWarning('plain message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE001');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT1', detail: 'more words' });
const err = new Error('an error object');
err.name = 'ErrWarning';
process.emitWarning(err);
console.log('sync done');
