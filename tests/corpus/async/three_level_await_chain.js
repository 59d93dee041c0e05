// Three nested async functions, each awaiting the next, against a then chain.
async function first() { console.log('first start'); await second(); console.log('first end'); }
async function second() { console.log('second start'); await third(); console.log('second end'); }
async function third() { console.log('third'); }
first();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
console.log('sync');
