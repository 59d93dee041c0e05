// util.promisify(setTimeout) takes (delay, value), like timers/promises.
const util = require('util');
const wait = util.promisify(setTimeout);
wait(5, 'value').then((v) => console.log('got', v));
const next = util.promisify(setImmediate);
next('imm').then((v) => console.log('got', v));
