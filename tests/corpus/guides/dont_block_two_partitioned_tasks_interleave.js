// "Don't block the event loop": two tasks partitioned with setImmediate take turns, one step each per loop iteration.
function partitioned(name, steps) {
  function step(i) {
    console.log(name + i);
    if (i < steps) setImmediate(step, i + 1);
  }
  setImmediate(step, 1);
}
partitioned('A', 3);
partitioned('B', 3);
