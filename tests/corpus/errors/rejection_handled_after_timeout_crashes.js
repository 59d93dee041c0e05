// A rejection handled only in a later timer is too late: the process dies before the timer runs.
const p = Promise.reject(new Error('handled too late'));
setTimeout(() => {
  p.catch(() => console.log('caught (never)'));
}, 0);
