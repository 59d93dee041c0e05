let fired = false;
process.on('beforeExit', async () => {
  console.log('beforeExit');
  if (fired) return;
  fired = true;
  await new Promise(r => setTimeout(r, 5));
  console.log('async work done in beforeExit');
});
process.on('exit', () => console.log('exit'));
