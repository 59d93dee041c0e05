// An engine error (no throw statement) escaping a process listener: its frames name process.
process.on('exit', (code) => {
  console.log('exit', code);
  undefinedThing.x();
});
