let scheduled = false;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => console.log('timer from beforeExit'), 0);
    Promise.resolve().then(() => console.log('micro from beforeExit'));
  }
});
process.on('exit', () => console.log('exit'));
console.log('main');
