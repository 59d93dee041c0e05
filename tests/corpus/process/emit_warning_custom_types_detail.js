process.emitWarning('Something happened', 'CustomWarning', 'WARN001');
process.emitWarning('detail form', { type: 'Foo', code: 'F1', detail: 'more details here' });
const w = new Error('an error as warning'); w.name = 'MyWarning';
process.emitWarning(w);
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
setTimeout(() => console.log('done'), 1);
