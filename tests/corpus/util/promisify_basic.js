// promisify: the name and prototype are kept, the first value resolves, errors reject.
const util = require('util');
function double(a, cb) { cb(null, a * 2, 'ignored extra'); }
const p = util.promisify(double);
console.log(p.name, Object.getPrototypeOf(p) === Object.getPrototypeOf(double), util.promisify(p) === p);
p(21).then((v) => console.log('value', v));
util.promisify((cb) => cb(0))().then((v) => console.log('falsy error resolves', v));
util.promisify((cb) => cb(new Error('boom')))().catch((e) => console.log('rejected', e.message));
util.promisify(() => { throw new Error('sync throw'); })().catch((e) => console.log('rejected', e.message));
const obj = { x: 3, get(cb) { cb(null, this.x); } };
util.promisify(obj.get).call(obj).then((v) => console.log('this kept', v));
console.log(String(util.promisify.custom), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
