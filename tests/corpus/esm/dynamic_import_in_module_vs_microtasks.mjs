console.log('main');
const p = import('./_dep_logs.mjs');
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3'));
const m = await p;
console.log('got', m.x);
