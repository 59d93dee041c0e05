process.on('message', (m) => { process.send(m + ' -> pong'); });
process.send('ready');
