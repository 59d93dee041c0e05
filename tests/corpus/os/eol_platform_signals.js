const os = require('os');
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.arch(), os.endianness());
const sig = os.constants.signals;
console.log(Object.keys(sig).length, sig.SIGINT, sig.SIGTERM, sig.SIGKILL);
console.log(Object.keys(sig).slice(0, 8));
console.log(Object.isFrozen(sig), Object.isFrozen(os.constants));
console.log(os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
console.log(Object.keys(os.constants));
