const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  for (const ms of [3, 1, 2]) { await sleep(ms); console.log('slept', ms); }
  console.log('loop done');
})();
setTimeout(() => console.log('timeout 4'), 4);
