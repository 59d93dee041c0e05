// The cost of message passing: a posted object is copied, so changing it later changes nothing
// that was sent, and each message arrives as a new object.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const seen = [];
  parentPort.on('message', (m) => {
    seen.push(m);
    if (seen.length === 2) {
      parentPort.postMessage({ first: seen[0], second: seen[1], same: seen[0] === seen[1] });
      parentPort.close();
    }
  });
`, { eval: true });
const payload = { list: [1, 2, 3] };
worker.postMessage(payload);
payload.list.push(4);
worker.postMessage(payload);
worker.on('message', (m) => console.log(m));
