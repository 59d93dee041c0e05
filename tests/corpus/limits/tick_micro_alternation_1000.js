// 1,000 alternations between the nextTick queue and the microtask queue.
let n = 0;
function viaTick() { n++; if (n < 1000) queueMicrotask(viaMicro); else console.log('done at', n); }
function viaMicro() { n++; process.nextTick(viaTick); }
process.nextTick(viaTick);
