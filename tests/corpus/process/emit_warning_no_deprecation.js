// process.noDeprecation silences deprecation warnings, listeners included.
process.noDeprecation = true;
process.on('warning', (w) => console.log('listener saw', w.name));
process.emitWarning('old api', 'DeprecationWarning', 'DEP0998');
process.emitWarning('still shown');
