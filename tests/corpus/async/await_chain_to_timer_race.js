// An await chain reaching a timer, a plain timer and an immediate: three orders in node.
async function a() { console.log('a1'); await b(); console.log('a2'); }
async function b() { console.log('b1'); await c(); console.log('b2'); }
function c() { console.log('c'); return new Promise(r => setTimeout(r, 0)); }
a().then(() => console.log('a done'));
setTimeout(() => console.log('timer'), 0);
setImmediate(() => console.log('immediate'));
