// Two interleaved chains: .then steps and await steps.
(async () => {
  console.log('A1');
  await null;
  console.log('A2');
  await null;
  console.log('A3');
})();
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'));
(async () => {
  console.log('C1');
  await new Promise((r) => setTimeout(r, 0));
  console.log('C2 after timer');
})();
