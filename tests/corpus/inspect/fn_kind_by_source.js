// A function's kind (async, generator) is its own, not its prototype's: util.callbackify gives a
// plain function; methods, arrows and a method named `async` each print their kind.
const util = require('util');
const o = { async am() {}, *gm() {}, async *agm() {}, async() {}, get g() { return 1; }, ['async x']() {} };
console.log(o, Object.values(Object.getOwnPropertyDescriptors(o)).map((d) => d.value));
console.log(async function () {}, async () => {}, async (a) => a, async x => x, function* () {}, async function* named() {});
console.log(util.callbackify(async () => 1), util.callbackify(async function load() {}), util.promisify(function cb(f) {}));
const af = async function () {}; Object.setPrototypeOf(af, Function.prototype); console.log(af);
const plain = function () {}; Object.setPrototypeOf(plain, Object.getPrototypeOf(async function () {})); console.log(plain);
class K { static async s() {} static *g() {} } console.log(K.s, K.g);
