async function f1() { return 1; }
async function f2() { return Promise.resolve(2); }
async function f3() { return { then(r) { r(3); } }; }
f2().then(v => console.log('f2', v));
f1().then(v => console.log('f1', v));
f3().then(v => console.log('f3', v));
let i = 0;
function tick() { if (i < 6) { console.log('t' + i++); Promise.resolve().then(tick); } }
Promise.resolve().then(tick);
