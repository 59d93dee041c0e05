class Queue {
  constructor() { this.items = null; }
  flush() {
    process.nextTick(() => {
      for (const item of this.items) console.log(item);
    });
  }
}
new Queue().flush();
