// A rejection handled after a turn of the loop: 'unhandledRejection' then 'rejectionHandled'.
process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
process.on('rejectionHandled', (p) => console.log('handled later', p instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('caught', e.message));
}, 10);
