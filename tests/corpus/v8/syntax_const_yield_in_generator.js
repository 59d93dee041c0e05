// `yield` as a name inside a generator.
function* counter() {
  const yield = 1;
  return yield;
}
console.log(counter().next());
