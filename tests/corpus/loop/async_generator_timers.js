// An async generator that awaits timers, consumed with for await.
console.log("start");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* counter() {
  for (let i = 0; i < 3; i++) {
    await sleep(2);
    yield i;
  }
}
(async () => {
  for await (const n of counter()) {
    console.log('value', n);
    setImmediate(() => console.log('immediate after', n));
  }
  console.log('generator done');
})();
setTimeout(() => console.log('timeout 3'), 3);
