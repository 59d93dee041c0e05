// Three next() calls on an async generator queued at once, against a then chain.
async function* ag() { console.log('ag start'); yield 1; console.log('ag mid'); yield 2; console.log('ag end'); }
const it = ag();
it.next().then(r => console.log('n1', r));
it.next().then(r => console.log('n2', r));
it.next().then(r => console.log('n3', r));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
