// Buffer.of builds a buffer from its arguments, wrapping each modulo 256.
console.log(Buffer.of(1, 2, 3));
console.log(Buffer.of(255, 256, -1));
console.log(Buffer.of().length);
