// A tick recursing three times before the promise and the immediate.
let i = 0;
function tick() { if (i++ < 3) { console.log('tick', i); process.nextTick(tick); } }
function imm() { console.log('imm'); }
setImmediate(imm);
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise between'));
