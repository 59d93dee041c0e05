// Sequential awaits of sleeps against Promise.all of the same sleeps.
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
(async () => {
  console.time; 
  for (const ms of [30, 10, 20]) { await sleep(ms); console.log('slept', ms); }
  const r = await Promise.all([30, 10, 20].map(async ms => { await sleep(ms); console.log('parallel', ms); return ms; }));
  console.log(r);
})();
