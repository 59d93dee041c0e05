function toBig(n) {
  return BigInt(n);
}
console.log(toBig(10));
console.log(toBig(0.1 + 0.2));
