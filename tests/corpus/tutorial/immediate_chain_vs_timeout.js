let n = 0;
function again() { if (++n < 4) { console.log('immediate', n); setImmediate(again); } }
setImmediate(again);
setTimeout(() => console.log('timeout 20'), 20);
