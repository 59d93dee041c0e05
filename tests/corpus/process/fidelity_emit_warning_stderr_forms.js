// How Node prints warnings to stderr: with a code, a detail, and a custom type.
process.emitWarning('with a code', 'CustomWarning', 'CODE42');
process.emitWarning('with detail', { type: 'DetailWarning', detail: 'Here is more.\nOn two lines.' });
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP9999');
process.emitWarning('second deprecated thing', 'DeprecationWarning', 'DEP9999');
console.log('done');
