class Clock {
  constructor() { this.ticks = 0; }
  tick() {
    this.ticks++;
    console.log('tick', this.ticks);
  }
  start() {
    setTimeout(this.tick, 1);
  }
}
new Clock().start();
