// Typed arrays print their kind, length and elements.
console.log(new Uint8Array([1, 2, 3]), new Float32Array([1.5, -0, NaN]), new BigInt64Array([1n, -2n]), new Int16Array(0));
