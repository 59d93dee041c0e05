// os agrees with process about the machine it runs on.
const os = require('os');
console.log(os.platform() === process.platform, os.arch() === process.arch);
console.log(os.homedir() === process.env.HOME, os.userInfo().homedir === os.homedir());
console.log(os.cpus().length === os.availableParallelism(), os.availableParallelism() >= 1);
console.log(os.endianness(), JSON.stringify(os.EOL), os.devNull);
