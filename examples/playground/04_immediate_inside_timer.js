// Inside a timer callback there is no race: the check phase (immediates) comes before the
// next timers phase, so the immediate always wins.
setTimeout(() => {
  setTimeout(() => console.log("timeout"), 0);
  setImmediate(() => console.log("immediate"));
}, 0);
