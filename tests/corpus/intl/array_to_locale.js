// Array.prototype.toLocaleString calls each element's toLocaleString with the arguments.
console.log([1234.5, 1e6, -7].toLocaleString());
console.log([0.5, 0.25].toLocaleString('en-US', { style: 'percent' }));
console.log([1, null, undefined, 2000].toLocaleString());
console.log(new Float64Array([1234.5, 0.125]).toLocaleString());
console.log([[1000, 2000], 3000].toLocaleString());
console.log([{ toLocaleString() { return 'custom'; } }, 'text'].toLocaleString());
