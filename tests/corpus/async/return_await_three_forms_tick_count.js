async function withReturnAwait() { return await Promise.resolve('A'); }
async function withoutAwait() { return Promise.resolve('B'); }
async function plain() { return 'C'; }
withoutAwait().then(v => console.log(v));
withReturnAwait().then(v => console.log(v));
plain().then(v => console.log(v));
let i = 0;
function tick() { if (i < 6) { console.log('tick', i++); Promise.resolve().then(tick); } }
Promise.resolve().then(tick);
