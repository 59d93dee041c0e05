// A bound method keeps its receiver: V8 names its frame by it.
class Counter {
  constructor() { this.count = 0; }
  increment() {
    this.count++;
    if (this.count > 2) throw new Error(`count is ${this.count}`);
  }
}
const counter = new Counter();
const inc = counter.increment.bind(counter);
inc(); inc();
setTimeout(inc, 0);
