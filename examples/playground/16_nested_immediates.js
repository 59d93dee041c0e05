// An immediate queued while the check phase runs waits for the next loop iteration;
// the ticks it queues run between two immediates of the same phase.
setImmediate(() => {
  console.log("immediate 1");
  setImmediate(() => console.log("immediate 3 (next iteration)"));
  process.nextTick(() => console.log("tick between immediates"));
  Promise.resolve().then(() => console.log("promise between immediates"));
});
setImmediate(() => console.log("immediate 2"));
