// Atomics.wait's argument errors: only Int32Array and BigInt64Array over shared memory wait.
const tries = {
  'non-shared': () => Atomics.wait(new Int32Array(4), 0, 0, 0),
  'Float64Array': () => Atomics.wait(new Float64Array(new SharedArrayBuffer(8)), 0, 0, 0),
  'index out of range': () => Atomics.wait(new Int32Array(new SharedArrayBuffer(8)), 5, 0, 0),
  'notify on non-shared': () => Atomics.notify(new Int32Array(4), 0),
  'BigInt64Array': () => Atomics.wait(new BigInt64Array(new SharedArrayBuffer(8)), 0, 0n, 0),
  'BigInt64Array not-equal': () => Atomics.wait(new BigInt64Array(new SharedArrayBuffer(8)), 0, 1n),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    console.log(name, '->', f());
  } catch (err) {
    console.log(name, '->', err.name, err.message);
  }
}
