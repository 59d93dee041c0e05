// A DeprecationWarning's hint names --trace-deprecation, when it is the first warning.
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('other', 'Warning');
