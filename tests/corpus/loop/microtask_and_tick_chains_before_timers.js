let n = 0;
function spin() { if (++n < 1000) Promise.resolve().then(spin); else console.log('micro done', n); }
spin();
setTimeout(() => console.log('timeout after', n), 0);
let t = 0;
function tick() { if (++t < 500) process.nextTick(tick); else console.log('tick done', t); }
tick();
setImmediate(() => console.log('immediate', n, t));
