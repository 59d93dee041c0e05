// The sampling timer does not keep the process alive.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
console.log(process.getActiveResourcesInfo());
process.on('exit', () => console.log('exit, still enabled:', eld.disable()));
