// An await loop of 100,000 iterations.
(async () => {
  let sum = 0;
  for (let i = 0; i < 100000; i++) sum += await i;
  console.log(sum);
})();
