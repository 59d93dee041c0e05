// Primitive wrappers' methods, typed arrays, DataView, generators and Error on wrong receivers.
const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
for (const v of [{}, 'x', 1]) {
  tryIt(() => Symbol.prototype.toString.call(v));
  tryIt(() => Number.prototype.toFixed.call(v, 2));
  tryIt(() => Number.prototype.valueOf.call(v));
  tryIt(() => Boolean.prototype.toString.call(v));
  tryIt(() => BigInt.prototype.toString.call(v));
  tryIt(() => Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call(v));
  tryIt(() => Error.prototype.toString.call(v));
}
const TA = Object.getPrototypeOf(Uint8Array.prototype);
for (const v of [{}, [1, 2]]) {
  tryIt(() => TA.map.call(v, (x) => x));
  tryIt(() => TA.join.call(v));
  tryIt(() => TA.subarray.call(v));
  tryIt(() => Object.getOwnPropertyDescriptor(TA, 'length').get.call(v));
  tryIt(() => DataView.prototype.getInt8.call(v, 0));
  tryIt(() => Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get.call(v));
  tryIt(() => ArrayBuffer.prototype.slice.call(v, 0));
  tryIt(() => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(v));
}
function* gen() { yield 1; }
const g = gen();
tryIt(() => g.next.call({}));
tryIt(() => g.return.call(1));
tryIt(() => g.throw.call([]));
console.log(g.next());
tryIt(() => Promise.prototype.catch.call({}));
tryIt(() => Promise.prototype.catch.call(1));
tryIt(() => Promise.prototype.finally.call(1));
tryIt(() => Promise.prototype.finally.call({ then: 5 }));
