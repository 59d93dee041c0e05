// /dev/stdin names the piped stdin: readFileSync reads all of it, as a Buffer without an encoding.
const fs = require('fs');
const bytes = fs.readFileSync('/dev/stdin');
console.log(Buffer.isBuffer(bytes), bytes.length);
console.log(bytes.toString().split(',').map((s) => s.trim()));
