// A long ArrayBuffer is cut after 100 bytes.
console.log(new ArrayBuffer(120));
