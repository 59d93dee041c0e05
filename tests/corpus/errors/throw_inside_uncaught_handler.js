// An exception thrown inside the 'uncaughtException' handler itself is fatal: exit code 7.
process.on('uncaughtException', () => {
  console.log('handler running');
  throw new Error('handler failed');
});
setTimeout(() => { throw new Error('first'); }, 1);
