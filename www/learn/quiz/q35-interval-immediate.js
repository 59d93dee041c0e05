let ticks = 0;
const id = setInterval(() => {
  ticks += 1;
  console.log(`interval ${ticks}`);
  setImmediate(() => console.log(`immediate ${ticks}`));
  if (ticks === 2) clearInterval(id);
}, 5);
