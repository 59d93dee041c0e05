// Buffers inside objects, arrays, maps and sets print the same way.
const buf = Buffer.from('abc');
console.log({ buf });
console.log([buf, Buffer.alloc(2)]);
console.log(new Map([['k', buf]]));
console.log(new Set([buf]));
console.log({ nested: { deeper: { buf } } });
console.log({ a: { b: { c: { buf } } } });
console.log([Buffer.alloc(60)]);
