// BigInts are padded like numbers.
console.log(Array.from({ length: 10 }, (_, i) => BigInt(i * 1000)));
