// BigInt(1.5) is a RangeError.
try {
  BigInt(1.5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
