// Scheduling work from 'beforeExit' keeps the loop alive; 'beforeExit' fires again when it runs out.
let rounds = 0;
process.on('beforeExit', () => {
  rounds++;
  console.log('beforeExit', rounds);
  if (rounds < 3) setTimeout(() => console.log('timer from beforeExit', rounds), 0);
});
process.on('exit', () => console.log('exit after', rounds, 'rounds'));
