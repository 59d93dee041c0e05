process.on('warning', (w) => console.log('event:', w.name, w.code, w.message, typeof w.stack));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE42');
process.emitWarning('opts', { type: 'MyType', code: 'MY1', detail: 'more info here' });
process.emitWarning(new Error('from an error'));
const e = new Error('named'); e.name = 'ExperimentalWarning';
process.emitWarning(e);
console.log('sync end');
