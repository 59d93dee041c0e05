const tp = require('timers/promises');
(async () => {
  const v = await tp.setTimeout(5, 'val');
  console.log('timeout', v);
  const w = await tp.setImmediate('imm');
  console.log('immediate', w);
  let n = 0;
  for await (const t of tp.setInterval(2, 'tick')) { console.log(t, ++n); if (n === 3) break; }
  console.log('interval done');
})();
tp.setTimeout(1).then(() => console.log('1ms'));
