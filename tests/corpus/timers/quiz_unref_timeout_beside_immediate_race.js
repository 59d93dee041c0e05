const t = setTimeout(() => console.log('unref timer'), 0);
t.unref();
setImmediate(() => console.log('immediate'));
process.on('exit', () => console.log('exit', t.hasRef()));
