// The default handler's text: code in brackets, the trace hint once, detail on the next line.
process.emitWarning('first');
process.emitWarning('second', 'CustomWarning', 'X001');
process.emitWarning('third', { detail: 'more about it' });
const w = new Error('custom toString');
w.toString = () => 'Shown by toString';
process.emitWarning(w);
