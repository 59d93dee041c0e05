// Non-function arguments to then() are ignored: the value passes straight through.
Promise.resolve(1).then(2).then(null).then(undefined, 'x').then((v) => console.log('value', v));
