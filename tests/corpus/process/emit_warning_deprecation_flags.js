process.noDeprecation = false;
process.emitWarning('old api', 'DeprecationWarning', 'DEP0001');
process.emitWarning('old api again', { type: 'DeprecationWarning', code: 'DEP0001' });
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning');
process.emitWarning('not silenced', 'OtherWarning');
process.noDeprecation = false;
process.throwDeprecation = true;
try { process.emitWarning('thrown now', 'DeprecationWarning', 'DEP9'); } catch (e) { console.log('threw', e.name, e.code, e.message); }
