// Node drains nextTicks and microtasks after each timer callback, not after the whole batch.
for (const name of ['t1', 't2']) {
  setTimeout(() => {
    console.log(name);
    process.nextTick(() => console.log(name + ' nextTick'));
    Promise.resolve().then(() => console.log(name + ' promise'));
  }, 1);
}
