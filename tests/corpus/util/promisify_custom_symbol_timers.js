const util = require('util');
const sleep = util.promisify(setTimeout);
const imm = util.promisify(setImmediate);
console.log(sleep === require('timers/promises').setTimeout, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
sleep(20, 'v').then((v) => console.log('slept', v));
imm('i').then((v) => console.log('imm', v));
function legacy(a, cb) { cb(null, a * 2, 'extra'); }
util.promisify(legacy)(4).then((v) => console.log('legacy', v));
function bad(cb) { cb(new Error('boom')); }
util.promisify(bad)().catch((e) => console.log('caught', e.message));
