// BigInt conversions V8 refuses, naming the value.
const id = Symbol('id');
const tries = [
  () => BigInt(id),
  () => BigInt(Symbol()),
  () => BigInt.asUintN(-1, 1n),
  () => BigInt.asIntN(2 ** 53, 5n),
  () => BigInt.asUintN(8, 255),
  () => BigInt(1.5),
  () => new BigInt(1),
];
for (const attempt of tries) {
  try {
    console.log(attempt());
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
console.log(BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), typeof BigInt(7));
console.log(Object(1n).constructor === BigInt, BigInt.prototype.constructor.name);
