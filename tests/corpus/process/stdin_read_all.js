// Reading all of stdin (empty here) with for await, with an encoding set.
process.stdin.setEncoding('utf8');
(async () => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  console.log('read', JSON.stringify(text), process.stdin.readableEnded);
})();
process.stdin.on('close', () => console.log('stdin closed'));
