// Pausing stdin after its first chunk and resuming it from a timer.
process.stdin.once('data', (d) => {
  console.log('first', d.length);
  process.stdin.pause();
  setTimeout(() => { console.log('resume'); process.stdin.resume(); }, 10);
  process.stdin.on('data', (x) => console.log('more', x.length));
});
process.stdin.on('end', () => console.log('end'));
