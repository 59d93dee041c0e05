// With several already-resolved inputs, Promise.race picks the first one in array order.
Promise.race([Promise.resolve('a'), Promise.resolve('b'), 'c']).then((v) => console.log('race', v));
Promise.race(['x', Promise.resolve('y')]).then((v) => console.log('race', v));
