// Promise.all resolves after its last input, in input order; a rejection wins at once.
const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([later('slow', 20), later('fast', 5), 'plain']).then((v) => console.log('all', v));
Promise.all([later('x', 30), Promise.reject(new Error('nope'))]).catch((e) => console.log('all rejected', e.message));
Promise.allSettled([later(1, 10), Promise.reject(2)]).then((r) => console.log('allSettled', JSON.stringify(r)));
