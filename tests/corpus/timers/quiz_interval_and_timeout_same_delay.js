const log = [];
let n = 0;
const iv = setInterval(() => { log.push('iv' + (++n)); if (n === 2) clearInterval(iv); }, 5);
setTimeout(() => log.push('t5'), 5);
setTimeout(() => log.push('t10'), 10);
process.on('exit', () => console.log(log.join(' ')));
