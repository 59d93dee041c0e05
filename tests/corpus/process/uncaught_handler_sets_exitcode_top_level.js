process.on('uncaughtException', (e) => { console.log('handler', e.message); process.exitCode = 7; });
process.on('exit', c => console.log('exit', c));
setImmediate(() => console.log('imm'));
throw new Error('top');
