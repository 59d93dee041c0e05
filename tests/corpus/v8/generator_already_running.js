function* counter() {
  let i = 0;
  while (true) {
    if (i === 2) gen.next();
    yield i++;
  }
}
const gen = counter();
console.log(gen.next().value);
console.log(gen.next().value);
try {
  gen.next();
} catch (e) {
  console.log(e.name, '-', e.message);
}
