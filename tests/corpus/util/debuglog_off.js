// debuglog prints nothing unless NODE_DEBUG names the section; enabled is false.
const util = require('util');
const log = util.debuglog('looplabtest');
log('hidden %d', 1);
console.log(typeof log, log.enabled, util.debug === util.debuglog);
util.debuglog('other', (fn) => console.log('callback gets', typeof fn));
console.log('done');
