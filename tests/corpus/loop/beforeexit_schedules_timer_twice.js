// beforeExit fires each time the loop empties; work it schedules runs, then it fires again.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer from beforeExit', rounds), 5);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
