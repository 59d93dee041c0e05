// NaN, Infinity and -0 written as float and double.
for (const v of [NaN, Infinity, -Infinity, -0, 5e-324, 3.4e38, 3.5e38]) {
  const b = Buffer.alloc(12);
  b.writeFloatBE(v, 0);
  b.writeDoubleBE(v, 4);
  console.log(String(v), b.subarray(0, 4), b.subarray(4), b.readFloatBE(0), b.readDoubleBE(4));
}
