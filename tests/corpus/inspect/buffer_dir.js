// console.dir disables custom inspection, so a Buffer prints as a typed array.
console.dir(Buffer.from('hi'));
