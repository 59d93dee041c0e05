// An async timer callback: code after its await runs before the next timer callback of the same pass.
setTimeout(async () => {
  console.log('timer 1 start');
  await null;
  console.log('timer 1 after await');
}, 0);
setTimeout(() => console.log('timer 2'), 0);
