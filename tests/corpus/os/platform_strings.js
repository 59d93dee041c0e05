// The platform facts looplab models (a Linux x64 machine, little-endian).
const os = require('os');
console.log(os.platform(), os.type(), os.arch(), os.endianness(), JSON.stringify(os.EOL), os.devNull);
console.log(os.platform() === process.platform, os.arch() === process.arch);
