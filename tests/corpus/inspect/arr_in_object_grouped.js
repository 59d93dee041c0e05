// A grouped array inside an object is indented.
console.log({ data: Array.from({ length: 30 }, (_, i) => i), name: 'x' });
