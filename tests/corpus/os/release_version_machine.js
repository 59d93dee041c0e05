// release, version and machine are strings; machine matches the arch.
const os = require('os');
console.log(typeof os.release(), typeof os.version(), os.machine());
console.log(os.availableParallelism() >= 1, Number.isInteger(os.availableParallelism()));
