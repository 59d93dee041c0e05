// An immediate created while the check phase runs waits for the next loop iteration, after those already queued.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (created by A)'));
});
setImmediate(() => console.log('B'));
