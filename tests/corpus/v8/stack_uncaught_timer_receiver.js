// An error thrown by a named timer callback: V8's `Timeout.tick [as _onTimeout]`.
setTimeout(function tick() {
  throw new Error('from timer');
}, 1);
process.on('uncaughtException', (err) => {
  console.log(err.stack.split('\n').slice(0, 2).join('\n').replaceAll(__dirname, '$DIR'));
});
