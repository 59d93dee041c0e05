function later(label) {
  process.nextTick((l) => console.log(l), label);
}
later('first');
Promise.resolve('promise').then(console.log);
later('second');
