// CommonJS stand-in for top-level await (an async IIFE): the script ends before the awaited part.
(async () => {
  console.log('before await');
  await new Promise((r) => setTimeout(r, 1));
  console.log('after await');
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
})();
console.log('script end');
