// A MessageChannel's two ports, handed to two workers, let them talk without the main thread.
// (Each worker reports to the main thread on its own port: two ports' messages that reach one
// poll phase are read port by port, so the main thread sorts what it hears.)
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ping = new Worker(`
  const { workerData: port, parentPort } = require('worker_threads');
  port.postMessage('ping');
  port.once('message', (m) => { parentPort.postMessage('ping worker got ' + m); port.close(); });
`, { eval: true, workerData: port1, transferList: [port1] });
const pong = new Worker(`
  const { workerData: port, parentPort } = require('worker_threads');
  port.once('message', (m) => { parentPort.postMessage('pong worker got ' + m); port.postMessage('pong'); });
`, { eval: true, workerData: port2, transferList: [port2] });
const heard = [];
let exits = 0;
for (const w of [ping, pong]) {
  w.on('message', (m) => heard.push(m));
  w.on('exit', () => {
    if (++exits === 2) console.log(heard.sort(), 'both exited');
  });
}
