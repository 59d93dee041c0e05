// Buffers print as <Buffer hex bytes>.
console.log(Buffer.from('hello'), [Buffer.from('hi')], { b: Buffer.alloc(0) });
