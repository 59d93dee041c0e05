// Several 'exit' listeners run in registration order and see the same code.
process.on('exit', (c) => console.log('first', c));
process.on('exit', (c) => console.log('second', c));
process.once('exit', (c) => console.log('once', c));
