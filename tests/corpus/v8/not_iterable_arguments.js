// Promise combinators and spreads given values that cannot be iterated, in V8's words.
let missing;
const settings = { a: 1 };
Promise.all(missing).catch((e) => console.log(e.message));
Promise.race(true).catch((e) => console.log(e.message));
Promise.allSettled(null).catch((e) => console.log(e.message));
Promise.any(settings).catch((e) => console.log(e.message));
try {
  console.log(Math.max(...missing));
} catch (e) {
  console.log(e.message);
}
try {
  console.log(Math.min(...settings));
} catch (e) {
  console.log(e.message);
}
try {
  const copy = [...settings];
  console.log(copy);
} catch (e) {
  console.log(e.message);
}
