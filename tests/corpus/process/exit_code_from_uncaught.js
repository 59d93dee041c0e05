// An uncaught exception exits with 1, after 'exit' listeners.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  null.x;
}, 1);
