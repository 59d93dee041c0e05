// An error in a teed byte stream reaches both branches.
let controllerRef;
const stream = new ReadableStream({
  type: 'bytes',
  start(controller) {
    controllerRef = controller;
  },
});
const [a, b] = stream.tee();
for (const [name, branch] of [['a', a], ['b', b]]) {
  const reader = branch.getReader();
  reader.read().then((r) => {
    console.log(name, 'got', r.value);
    return reader.read();
  }).catch((err) => console.log(name, 'failed:', err.message));
  reader.closed.catch((err) => console.log(name, 'closed rejected:', err.message));
}
controllerRef.enqueue(new Uint8Array([7]));
setTimeout(() => controllerRef.error(new Error('source broke')), 1);
