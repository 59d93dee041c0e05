// Combinators of already-settled promises take extra microtask turns.
const log = (s) => () => console.log(s);
Promise.all([1, 2]).then(log('all'));
Promise.race([1, 2]).then(log('race'));
Promise.allSettled([1]).then(log('allSettled'));
Promise.any([1]).then(log('any'));
Promise.resolve().then(log('then 1')).then(log('then 2')).then(log('then 3')).then(log('then 4'));
