process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('in timer'); }, 1);
setTimeout(() => console.log('later timer still runs'), 5);
Promise.reject(new Error('rejected'));
throw new Error('top level');
