let n = 0;
process.on('uncaughtException', (e) => console.log('caught', e.message));
const iv = setInterval(() => {
  n++;
  if (n === 3) clearInterval(iv);
  throw new Error('iteration ' + n);
}, 1);
