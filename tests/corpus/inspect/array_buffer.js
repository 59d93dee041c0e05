// ArrayBuffers show their bytes in hex.
console.log(new Uint8Array([0, 1, 255]).buffer, new ArrayBuffer(0), new SharedArrayBuffer(2));
