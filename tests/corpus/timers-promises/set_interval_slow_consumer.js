// A slow consumer of the interval iterator receives the ticks it missed, one per step.
const { setInterval: every, setTimeout: sleep } = require('timers/promises');
(async () => {
  const it = every(10, 'v');
  const first = await it.next();
  console.log(first);
  await sleep(35);
  const got = [];
  for (let i = 0; i < 3; i++) got.push((await it.next()).value);
  console.log(got);
  console.log(await it.return());
  console.log(await it.next());
})();
