// Awaiting a thenable and Promise.resolve(thenable): then is called on a later microtask.
const thenable = { then(res) { console.log('then called'); res('thenable'); } };
(async () => { const v = await thenable; console.log(v); })();
Promise.resolve(thenable).then(v => console.log('resolved', v));
Promise.resolve().then(() => console.log('A')).then(() => console.log('B')).then(() => console.log('C'));
console.log('sync');
