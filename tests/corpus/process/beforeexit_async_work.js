// beforeExit scheduling async work once, then the loop ends.
let fired = 0;
process.on('beforeExit', async () => {
  fired++;
  console.log('beforeExit', fired);
  if (fired === 1) {
    await new Promise((r) => setImmediate(r));
    console.log('after immediate in beforeExit');
  }
});
process.on('exit', () => console.log('exit after', fired, 'beforeExit'));
