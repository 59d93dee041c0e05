// Helper (forked): answers each message with n * 2, and disconnects after n === 2.
process.on('message', (m) => {
  process.send({ reply: m.n * 2 });
  if (m.n === 2) process.disconnect();
});
process.send('ready');
