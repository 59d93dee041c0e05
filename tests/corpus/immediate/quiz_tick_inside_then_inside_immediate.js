const log = (s) => console.log(s);
setImmediate(() => {
  log('imm1');
  Promise.resolve().then(() => {
    log('then in imm1');
    process.nextTick(() => log('tick from then'));
    Promise.resolve().then(() => log('then from then'));
  });
  process.nextTick(() => log('tick in imm1'));
});
setImmediate(() => log('imm2'));
