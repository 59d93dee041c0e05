// for await over piped stdin, then what the stream says afterwards.
(async () => {
  const parts = [];
  for await (const chunk of process.stdin) parts.push(chunk);
  const text = Buffer.concat(parts).toString();
  console.log(parts.length, JSON.stringify(text));
  console.log(text.trim().split('\n').map(Number).reduce((a, b) => a + b, 0));
  console.log(process.stdin.readableEnded, process.stdin.destroyed);
})();
process.stdin.on('close', () => console.log('closed'));
