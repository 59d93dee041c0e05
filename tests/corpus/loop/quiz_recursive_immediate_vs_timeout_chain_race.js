const log = [];
let i = 0;
function imm() { log.push('I' + i); if (++i < 4) setImmediate(imm); }
let t = 0;
function tmo() { log.push('T' + t); if (++t < 3) setTimeout(tmo, 0); }
setTimeout(() => { setImmediate(imm); setTimeout(tmo, 0); }, 5);
process.on('exit', () => console.log(log.join(' ')));
