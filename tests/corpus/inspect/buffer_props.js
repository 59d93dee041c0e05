// Buffers with own properties list them inline.
console.log(Object.assign(Buffer.from('ab'), { x: 1, y: 'z' }));
console.log(Object.assign(Buffer.alloc(0), { x: 1 }));
