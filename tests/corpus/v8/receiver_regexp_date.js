// RegExp and Date methods on receivers they do not accept, in V8's words.
const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
for (const v of [{}, 1, 'abc', [1], null]) {
  tryIt(() => RegExp.prototype.exec.call(v, 'a'));
  tryIt(() => RegExp.prototype.test.call(v, 'a'));
  tryIt(() => RegExp.prototype.toString.call(v));
  tryIt(() => RegExp.prototype[Symbol.replace].call(v, 'a', 'b'));
  tryIt(() => RegExp.prototype[Symbol.match].call(v, 'a'));
  tryIt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(v));
  tryIt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(v));
  tryIt(() => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call(v));
}
// An object with its own exec is accepted by test.
console.log(RegExp.prototype.test.call({ exec: () => null }, 'a'));
for (const name of ['getTime', 'getDay', 'valueOf', 'setTime', 'setFullYear', 'toISOString', 'toDateString', 'toString', 'toUTCString', 'toGMTString', 'getYear']) {
  tryIt(() => Date.prototype[name].call({}));
}
tryIt(() => Date.prototype[Symbol.toPrimitive].call(1, 'number'));
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);
