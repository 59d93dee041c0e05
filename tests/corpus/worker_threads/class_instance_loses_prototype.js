// Structured clone copies own data, not prototypes: a class instance arrives as a plain object.
const { Worker } = require('worker_threads');
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  length() { return Math.hypot(this.x, this.y); }
}
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (p) => {
    parentPort.postMessage({ received: p, hasLength: typeof p.length, proto: Object.getPrototypeOf(p) === Object.prototype });
  });
`, { eval: true });
worker.postMessage(new Point(3, 4));
worker.on('message', (m) => console.log(m));
