// Every signature of emitWarning, seen by a 'warning' listener and on stderr.
process.on('warning', (w) => console.log('event:', w.name, '|', w.message, '|', w.code, '|', w.detail));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'C01');
process.emitWarning('with options', { type: 'OptWarning', code: 'C02', detail: 'some detail' });
process.emitWarning('detail only', { detail: 'first\nsecond' });
process.emitWarning('ctor as type', function ctor() {});
process.emitWarning('ctor as code', 'T', function ctor() {});
const err = new Error('an error object');
err.name = 'MyWarning';
process.emitWarning(err);
console.log('sync end');
