// A promise fulfilled with an object.
console.log(Promise.resolve({ a: [1, 2] }), Promise.resolve(Promise.resolve(1)));
