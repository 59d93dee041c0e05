// Promises with own properties.
console.log(Object.assign(Promise.resolve(1), { tag: 'x' }));
