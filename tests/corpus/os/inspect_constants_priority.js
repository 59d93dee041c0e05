// How a null-prototype constants group prints.
const os = require('os');
console.log(os.constants.dlopen);
