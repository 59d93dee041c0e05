function toBig(value) {
  try {
    return BigInt(value);
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}
console.log(toBig(null));
console.log(toBig(undefined));
console.log(toBig('12'));
console.log(toBig(7));
