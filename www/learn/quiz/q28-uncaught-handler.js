process.on('uncaughtException', (e) => console.log('handled:', e.message));
setTimeout(() => {
  throw new Error('from timer');
}, 0);
setTimeout(() => console.log('next timer still runs'), 0);
