// process.throwDeprecation turns a deprecation warning into an uncaught exception, a tick later.
process.throwDeprecation = true;
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.message, e.code));
try {
  process.emitWarning('old', 'DeprecationWarning', 'DEP0997');
  console.log('no synchronous throw');
} catch (e) {
  console.log('sync', e.message);
}
