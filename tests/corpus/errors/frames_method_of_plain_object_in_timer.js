// A method called from a timer callback, and a method used as the timer callback itself.
const clock = {
  ticks: 0,
  tick() {
    this.ticks++;
    if (this.ticks > 1) throw new Error('clock overflow');
  },
};
clock.tick();
setTimeout(() => clock.tick(), 1);
