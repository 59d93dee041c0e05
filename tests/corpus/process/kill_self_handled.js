// A signal the process listens for calls the listener instead of ending the process.
process.on('SIGUSR2', (sig, num) => {
  console.log('got', sig, num);
});
console.log(process.kill(process.pid, 'SIGUSR2'));
setTimeout(() => console.log('still alive'), 20);
