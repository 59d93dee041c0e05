// Paused-mode reading of piped stdin: 'readable', then read() until null, then 'end'.
process.stdin.on('readable', () => {
  let chunk;
  let reads = 0;
  while ((chunk = process.stdin.read()) !== null) {
    reads++;
    console.log('read', chunk.length, JSON.stringify(chunk.toString()));
  }
  console.log('readable handled, reads:', reads);
});
process.stdin.on('end', () => console.log('end'));
