// Atomics on arrays it cannot use, and indexes out of range: V8's words name the value.
const shared = new Int32Array(new SharedArrayBuffer(16));
const tries = {
  floats: () => Atomics.add(new Float64Array(4), 0, 1),
  plainArray: () => Atomics.add([1, 2, 3], 0, 1),
  object: () => Atomics.load({}, 0),
  clamped: () => Atomics.store(new Uint8ClampedArray(4), 0, 1),
  pastEnd: () => Atomics.load(shared, 4),
  negative: () => Atomics.store(shared, -1, 5),
  bigints: () => Atomics.add(new BigInt64Array(2), 0, 1),
};
for (const [name, attempt] of Object.entries(tries)) {
  try {
    attempt();
  } catch (e) {
    console.log(`${name}: ${e.name}: ${e.message}`);
  }
}
console.log(Atomics.add(shared, 0, 2), Atomics.load(shared, 0));
