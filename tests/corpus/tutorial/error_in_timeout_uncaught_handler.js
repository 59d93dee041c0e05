process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => { throw new Error('in timeout'); }, 0);
setTimeout(() => console.log('next timeout still runs'), 0);
