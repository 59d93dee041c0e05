// A timer cannot interrupt running code: its callback waits until the call stack is empty.
setTimeout(() => console.log('timer (0 ms)'), 0);

const start = Date.now();
while (Date.now() - start < 50) {
  // busy for 50 ms: the timer is long due, but JavaScript is still running
}
console.log('busy loop done after 50 ms');
