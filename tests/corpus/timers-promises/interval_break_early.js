const { setInterval, setTimeout } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of setInterval(5, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('after loop');
  await setTimeout(1);
  console.log('done, handles', process.getActiveResourcesInfo());
})();
