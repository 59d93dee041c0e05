// An immediate created in a nextTick that runs during the check phase still waits for the next iteration.
setImmediate(() => {
  console.log('A');
  process.nextTick(() => setImmediate(() => console.log('C (from A tick)')));
});
setImmediate(() => console.log('B'));
