// Promise.all([]) is already fulfilled with [], its then runs in the first microtask turn.
Promise.all([]).then((v) => console.log('all([])', Array.isArray(v), v.length));
Promise.resolve().then(() => console.log('plain then'));
