const poller = {
  attempts: 0,
  poll() {
    this.attempts++;
    if (this.attempts > 2) throw new Error('too many attempts: ' + this.attempts);
    setTimeout(() => this.poll(), 1);
  },
};
poller.poll();
