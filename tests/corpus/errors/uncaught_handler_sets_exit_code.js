process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
  process.exitCode = 3;
});
setTimeout(() => { null.x; }, 1);
console.log('main done');
