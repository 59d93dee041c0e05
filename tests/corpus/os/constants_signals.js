// os.constants.signals: Linux's signal numbers.
const os = require('os');
const { signals } = os.constants;
console.log(signals.SIGINT, signals.SIGTERM, signals.SIGKILL, signals.SIGHUP, signals.SIGUSR1, signals.SIGCHLD);
console.log(Object.getPrototypeOf(signals), Object.isFrozen(signals), Object.keys(signals).length);
