// Buffer.concat joins buffers and Uint8Arrays in order.
const out = Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('de')]);
console.log(out, out.toString());
console.log(Buffer.concat([]).length);
console.log(Buffer.concat([Buffer.alloc(0), Buffer.from('x')]));
