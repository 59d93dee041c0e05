class Counter {
  constructor() { this.count = 0; }
  inc() { this.count++; return this.count; }
}
const c = new Counter();
const inc = c.inc;
inc();
