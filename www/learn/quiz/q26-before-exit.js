let once = false;
process.on('beforeExit', () => {
  console.log('beforeExit');
  if (!once) {
    once = true;
    setTimeout(() => console.log('more work'), 0);
  }
});
console.log('main');
